package se.kasus.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kasus.TestOrganisation;
import se.kasus.casework.ServiceOrders;
import se.kasus.casework.ServiceType;

/**
 * One month end to end for two providers, on generated data (seeded): orders sent through the real process →
 * visits reported by provider staff → attest → lock → ersättningsunderlag → export, the totals checked against an
 * independent calculation in this test (second by second, with its own copy of the price list). Then a correction
 * after the lock becomes an adjustment in the next month, and the locked month refuses changes.
 */
abstract class MonthFlowTestBase {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final String NORR = TestOrganisation.HEMTJANST_NORR;
    static final String AB = TestOrganisation.OMSORGEN_AB;
    static final String CHEF = "chef.norr";

    @Autowired TestOrganisation org;
    @Autowired OrderFixtures fixtures;
    @Autowired TimeReporting reporting;
    @Autowired Ersattning ersattning;
    @Autowired UnderlagFiles files;
    @Autowired JdbcTemplate jdbc;

    /** What the test itself expects per provider, computed without the production pricing code. */
    private final java.util.Map<String, BigDecimal> expected = new java.util.HashMap<>();
    private final List<VisitView> reported = new ArrayList<>();

    @BeforeEach
    void organisation() {
        org.ensure();
    }

    @AfterEach
    void resetClock() {
        fixtures.reset();
    }

    @Test
    void aMonthFromOrderToExportIsRightToTheOre() {
        fixtures.setNow(LocalDate.of(2026, 9, 24), 10);
        List<ServiceOrders.RunningOrder> norrOrders = new ArrayList<>();
        List<ServiceOrders.RunningOrder> abOrders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            norrOrders.add(fixtures.sentOrder(NORR, ServiceType.HEMTJANST, OCTOBER.atDay(1)));
            abOrders.add(fixtures.sentOrder(AB, ServiceType.HEMTJANST, OCTOBER.atDay(1)));
        }
        ServiceOrders.RunningOrder meals = fixtures.sentOrder(AB, ServiceType.MATDISTRIBUTION, OCTOBER.atDay(1));
        ServiceOrders.RunningOrder day = fixtures.sentOrder(AB, ServiceType.DAGVERKSAMHET, OCTOBER.atDay(12));

        fixtures.setNow(LocalDate.of(2026, 11, 2), 10);
        Random random = new Random(20261031L);
        norrOrders.forEach(o -> reportMonth(o, random, "personal.norr", "personal2.norr"));
        abOrders.forEach(o -> reportMonth(o, random, "personal.ab", "personal.ab"));
        reportDeliveries(meals, random);
        // Dagverksamhet from 12 October: 20 days × 712.00 (the independent side of the day price)
        expected.merge(AB, new BigDecimal("712.00").multiply(BigDecimal.valueOf(20)), BigDecimal::add);
        assertThat(reported).hasSizeGreaterThan(60);
        // the seeded data holds the edge cases the totals must get right
        assertThat(reported).extracting(VisitView::status).contains(VisitStatus.INSTALLD_AV_KUND,
                VisitStatus.INSTALLD_AV_UTFORARE);
        assertThat(reported).filteredOn(v -> v.performedStop() != null).anySatisfy(v -> assertThat(
                v.performedStop().atZone(SWEDEN).toLocalDate()).isAfter(v.performedStart().atZone(SWEDEN).toLocalDate()));
        assertThat(reported).filteredOn(v -> v.performedStop() != null && v.providerId().equals(AB)).anySatisfy(v ->
                assertThat(v.performedStart().atZone(SWEDEN).toLocalDate()).isAfter(LocalDate.of(2026, 10, 15)));
        assertThat(reported).filteredOn(v -> v.performedStop() != null).anySatisfy(v -> {
            int from = v.performedStart().atZone(SWEDEN).getHour();
            int to = v.performedStop().atZone(SWEDEN).getHour();
            assertThat(from < 19 && to >= 19 || from < 7 && to >= 7).isTrue();
        });

        Underlag norrOpen = org.as(CHEF, () -> ersattning.underlag(NORR, OCTOBER));
        assertThat(norrOpen.status()).isEqualTo("ÖPPEN");
        assertThat(norrOpen.total()).isEqualByComparingTo(expected.get(NORR));
        assertThat(norrOpen.groups()).hasSize(4);

        Underlag norr = org.as(CHEF, () -> ersattning.attest(NORR, OCTOBER));
        Underlag ab = org.as(CHEF, () -> ersattning.attest(AB, OCTOBER));
        assertThat(norr.attested()).isTrue();
        assertThat(ab.total()).isEqualByComparingTo(expected.get(AB));
        assertThat(ab.groups()).anySatisfy(g -> {
            assertThat(g.orderId()).isEqualTo(day.orderId());
            assertThat(g.days()).isEqualTo(20);
        });
        assertThat(ab.lines().stream().map(Underlag.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(ab.total());

        // attested: no more reports into October, even before the lock date
        ServiceOrders.RunningOrder first = norrOrders.get(0);
        assertThatThrownBy(() -> org.as("personal.norr", () -> reporting.report(first.orderId(),
                VisitData.performed("personal.norr", at("2026-10-30T12:00"), at("2026-10-30T12:30")))))
                .isInstanceOf(PeriodClosedException.class).hasMessageContaining("attesterad");

        fixtures.setNow(LocalDate.of(2026, 11, 6), 9);
        Underlag locked = org.as(CHEF, () -> ersattning.underlag(NORR, OCTOBER));
        assertThat(locked.status()).isEqualTo("ATTESTERAD, LÅST");

        String economy = new String(org.as(CHEF, () -> files.ekonomi(AB, OCTOBER)), StandardCharsets.UTF_8);
        String[] lines = economy.split("\n");
        assertThat(lines[0]).startsWith("H;KASUS-ERS;1;omsorgen-ab;2026-10;chef.norr;2026-11-02;");
        BigDecimal rowSum = java.util.Arrays.stream(lines).filter(l -> l.startsWith("R;"))
                .map(l -> new BigDecimal(l.substring(l.lastIndexOf(';') + 1))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(rowSum).isEqualByComparingTo(expected.get(AB));
        assertThat(lines[lines.length - 1]).isEqualTo("T;" + expected.get(AB).setScale(2).toPlainString());
        String csv = new String(org.as("samordnare.norr", () -> files.csv(NORR, OCTOBER)), StandardCharsets.UTF_8);
        assertThat(csv).contains(";SUMMA;").contains(";" + expected.get(NORR).setScale(2).toPlainString() + ";");
        byte[] pdf = org.as(CHEF, () -> files.pdf(NORR, OCTOBER));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT' and resource in "
                + "('ersattning/hemtjanst-norr/2026-10', 'ersattning/omsorgen-ab/2026-10')", Long.class)).isEqualTo(3);

        correctionAfterTheLockIsAnAdjustmentInNovember(first, norr.total());
        reconciliationListsTheDifferencePerOrder(norr, first);
    }

    private void correctionAfterTheLockIsAnAdjustmentInNovember(ServiceOrders.RunningOrder order,
            BigDecimal octoberTotal) {
        VisitView old = reported.stream().filter(v -> v.orderId() == order.orderId()
                && v.status() == VisitStatus.UTFORD).findFirst().orElseThrow();
        // the locked month refuses a new report outright
        assertThatThrownBy(() -> org.as("personal.norr", () -> reporting.report(order.orderId(),
                VisitData.performed("personal.norr", at("2026-10-31T12:00"), at("2026-10-31T12:20")))))
                .isInstanceOf(PeriodClosedException.class).hasMessageContaining("2026-10");
        // the coordinator's correction: the visit really lasted one hour longer
        Instant start = old.performedStart();
        Instant stop = old.performedStop().plus(Duration.ofHours(1));
        VisitView correction = org.as("samordnare.norr", () -> reporting.correct(old.id(),
                VisitData.performed(old.staff(), start, stop), "Glömde stoppa; enligt kundens anteckning."));
        assertThat(correction.period()).isEqualTo("2026-11");
        assertThat(correction.replacesId()).isEqualTo(old.id());
        assertThat(correction.adjustsId()).isEqualTo(old.id());

        Underlag october = org.as(CHEF, () -> ersattning.underlag(NORR, OCTOBER));
        assertThat(october.total()).as("the locked month is unchanged").isEqualByComparingTo(octoberTotal);
        Underlag november = org.as(CHEF, () -> ersattning.underlag(NORR, OCTOBER.plusMonths(1)));
        BigDecimal difference = independent(NORR, start, stop).subtract(independent(NORR, old.performedStart(),
                old.performedStop()));
        assertThat(november.lines()).singleElement().satisfies(l -> {
            assertThat(l.adjustment()).isTrue();
            assertThat(l.amount()).isEqualByComparingTo(difference);
            assertThat(l.note()).contains("Korrigering av besök " + old.id()).contains("2026-10");
        });
        // both versions remain visible to the coordinator
        assertThat(org.as("samordnare.norr", () -> reporting.visitsOfMonth(OCTOBER))).anySatisfy(v -> {
            assertThat(v.visit().id()).isEqualTo(old.id());
            assertThat(v.visit().supersededBy()).isEqualTo(correction.id());
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'UPDATE' and resource = ?",
                Long.class, "besok/" + correction.id())).isEqualTo(1);
    }

    private void reconciliationListsTheDifferencePerOrder(Underlag norr, ServiceOrders.RunningOrder order) {
        List<Reconciliation.InvoiceRow> rows = new ArrayList<>();
        for (Underlag.Group g : norr.groups()) {
            rows.add(new Reconciliation.InvoiceRow(g.orderId(), g.orderId() == order.orderId()
                    ? g.amount().add(new BigDecimal("100.00")) : g.amount()));
        }
        Reconciliation r = org.as(CHEF, () -> ersattning.reconcile(NORR, OCTOBER,
                new Reconciliation.Invoice(norr.total().add(new BigDecimal("100.00")), rows)));
        assertThat(r.difference()).isEqualByComparingTo("100.00");
        assertThat(r.differences()).singleElement().satisfies(d -> {
            assertThat(d.orderId()).isEqualTo(order.orderId());
            assertThat(d.difference()).isEqualByComparingTo("100.00");
        });
    }

    /** 6–9 visits on distinct days: random times (some across 07/19 and midnight), seconds, some short, cancelled. */
    private void reportMonth(ServiceOrders.RunningOrder order, Random random, String staffA, String staffB) {
        List<Integer> days = new ArrayList<>();
        for (int d = 1; d <= 30; d++) {
            days.add(d);
        }
        java.util.Collections.shuffle(days, random);
        int count = 6 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            LocalDate date = OCTOBER.atDay(days.get(i));
            String staff = i % 2 == 0 ? staffA : staffB;
            Instant start = date.atTime(6 + random.nextInt(18), random.nextInt(60), random.nextInt(60))
                    .atZone(SWEDEN).toInstant();
            Instant stop = start.plusSeconds(120 + random.nextInt(90 * 60));
            int kind = random.nextInt(10);
            VisitData data;
            if (kind == 0) {
                // cancelled by the client 2 or 48 hours before: paid only when late
                Instant cancelledAt = start.minus(Duration.ofHours(random.nextBoolean() ? 2 : 48));
                data = VisitData.cancelled(staff, VisitStatus.INSTALLD_AV_KUND, start, stop, cancelledAt);
                if (Duration.between(cancelledAt, start).toHours() < 24) {
                    add(order.providerId(), independent(order.providerId(), start, stop));
                }
            } else if (kind == 1) {
                data = VisitData.cancelled(staff, VisitStatus.INSTALLD_AV_UTFORARE, start, stop, start.minusSeconds(600));
            } else {
                data = VisitData.performed(staff, start, stop).planned(start, start.plusSeconds(1800));
                add(order.providerId(), independent(order.providerId(), start, stop));
            }
            VisitData reportedData = data;
            reported.add(org.as(staff, () -> reporting.report(order.orderId(), reportedData)));
        }
    }

    private void reportDeliveries(ServiceOrders.RunningOrder order, Random random) {
        for (int d = 1; d <= 31; d++) {
            LocalDate date = OCTOBER.atDay(d);
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            int count = 1 + random.nextInt(2);
            reported.add(org.as("personal.ab", () -> reporting.report(order.orderId(),
                    VisitData.delivery("personal.ab", date, count))));
            add(AB, new BigDecimal("64.00").multiply(BigDecimal.valueOf(count)));
        }
    }

    private void add(String provider, BigDecimal amount) {
        expected.merge(provider, amount, BigDecimal::add);
    }

    /**
     * The test's own pricing: every second of the visit priced by its own Swedish local time (Sat/Sun helg, 07–19
     * vardag dag, otherwise kväll; no public holiday falls on a weekday in October 2026), then scaled to the billable
     * minutes (started minute counts, at least 15) and rounded half up to the öre.
     */
    static BigDecimal independent(String provider, Instant start, Instant stop) {
        long seconds = Duration.between(start, stop).toSeconds();
        BigDecimal priceSeconds = BigDecimal.ZERO;
        for (long s = 0; s < seconds; s++) {
            LocalDateTime t = LocalDateTime.ofInstant(start.plusSeconds(s), SWEDEN);
            priceSeconds = priceSeconds.add(hourly(provider, t));
        }
        long billable = Math.max(15, (seconds + 59) / 60);
        return priceSeconds.multiply(BigDecimal.valueOf(billable))
                .divide(BigDecimal.valueOf(seconds * 60), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal hourly(String provider, LocalDateTime t) {
        boolean weekend = t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY;
        int band = weekend ? 2 : t.getHour() >= 7 && t.getHour() < 19 ? 0 : 1;
        String[] prices;
        if (provider.equals(NORR)) {
            prices = new String[] { "436.00", "498.50", "532.75" };
        } else if (t.toLocalDate().isBefore(LocalDate.of(2026, 10, 16))) {
            prices = new String[] { "441.00", "505.00", "540.00" };
        } else {
            prices = new String[] { "452.40", "517.60", "553.30" };
        }
        return new BigDecimal(prices[band]);
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SWEDEN).toInstant();
    }
}
