package se.kasus.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import se.kasus.TestOrganisation;
import se.kasus.casework.ServiceOrders;
import se.kasus.casework.ServiceType;
import se.kasus.provision.Ersattning;
import se.kasus.provision.OrderFixtures;
import se.kasus.provision.PerformedServices;
import se.kasus.provision.TimeReporting;
import se.kasus.provision.VisitData;
import se.kasus.provision.VisitView;

/**
 * Avgiftsgrund UTFORD_TID (the shipped default) on worked examples: orders made through the real process, visits
 * reported by the provider's staff, the month attested by the enhetschef, then the fee. Taxa 320 kr/tim, maxtaxa
 * 2026 2 660 kr, minimibelopp 7 296 kr; every client has 25 000 kr pension and 5 000 kr housing cost, so the
 * avgiftsutrymme (12 704 kr) never limits. Months of 2026 that no other test attests or runs a fee for.
 */
@SpringBootTest
@ActiveProfiles("test")
class FeePerformedTimeTest {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final YearMonth MAY = YearMonth.of(2026, 5);
    private static final YearMonth JUNE = YearMonth.of(2026, 6);
    private static final String NORR = TestOrganisation.HEMTJANST_NORR;

    @Autowired TestOrganisation org;
    @Autowired OrderFixtures fixtures;
    @Autowired TimeReporting reporting;
    @Autowired Ersattning ersattning;
    @Autowired PerformedServices performed;
    @Autowired FeeService fees;
    @Autowired FeeRunService feeRuns;
    @Autowired DecidedTimeCost decidedCost;

    @BeforeEach
    void organisation() {
        org.ensure();
    }

    @AfterEach
    void resetClock() {
        fixtures.reset();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(SWEDEN).toInstant();
    }

    /** One visit of {@code minutes} on the given day of May, from 09:00. */
    private VisitView visit(ServiceOrders.RunningOrder order, int day, int minutes) {
        LocalDate date = MAY.atDay(day);
        return org.as("personal.norr", () -> reporting.report(order.orderId(), VisitData.performed("Ida",
                at(date, 9, 0), at(date, 9, 0).plusSeconds(60L * minutes))));
    }

    private void basis(long personId) {
        org.as("handlaggare.norr", () -> fees.registerBasis(personId, new NewFeeBasis(MAY, Household.ENSAMSTAENDE,
                new BigDecimal("25000.00"), BigDecimal.ZERO, BigDecimal.ZERO, null, new BigDecimal("5000.00"), null,
                null)));
    }

    private FeeCalculation fee(long personId, YearMonth month) {
        return org.as("handlaggare.norr", () -> fees.calculate(personId, month));
    }

    @Test
    void theFeeFollowsAttestedPerformedTime_capped_zeroWithoutVisits_andWaitsForTheAttest() {
        fixtures.setNow(LocalDate.of(2026, 4, 24), 10);
        ServiceOrders.RunningOrder less = fixtures.sentOrder(NORR, ServiceType.HEMTJANST, MAY.atDay(1)); // 20 h decided
        ServiceOrders.RunningOrder more = fixtures.sentOrder(NORR, ServiceType.HEMTJANST, MAY.atDay(1));
        ServiceOrders.RunningOrder none = fixtures.sentOrder(NORR, ServiceType.HEMTJANST, MAY.atDay(1));
        List.of(less, more, none).forEach(o -> basis(o.personId()));

        fixtures.setNow(LocalDate.of(2026, 6, 2), 10);
        for (int day = 6; day <= 9; day++) {
            visit(less, day, 60);
        }
        VisitView corrected = visit(less, 10, 47); // 4 × 60 + 47 = 287 min
        for (int day = 6; day <= 15; day++) {
            visit(more, day, 90); // 900 min
        }

        // Not attested yet: the fee and the run wait, with a Swedish message, and nothing is written.
        assertThatThrownBy(() -> fee(less.personId(), MAY)).isInstanceOf(FeeRejectedException.class)
                .hasMessageContaining("inte attesterad").hasMessageContaining("Hemtjänsten Norr");
        assertThatThrownBy(() -> org.as("chef.norr", () -> feeRuns.run(MAY))).isInstanceOf(FeeRejectedException.class)
                .hasMessageContaining("2026-05");
        assertThat(org.as("chef.norr", () -> feeRuns.find(MAY))).isEmpty();
        assertThat(org.as("handlaggare.norr", () -> fees.overview(less.personId(), MAY)).calculationMissing())
                .contains("inte attesterad"); // the client's fee page still opens, and says why there is no fee

        org.as("chef.norr", () -> ersattning.attest(NORR, MAY));

        // Performed less than decided: 287 min × 320 kr/tim = 1 530,666… → 1 530,67 kr; decided was 20 h = 6 400 kr.
        FeeCalculation lower = fee(less.personId(), MAY);
        assertThat(lower.costLines()).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualByComparingTo("1530.67");
            assertThat(line.label()).contains("utförd tid 4 tim 47 min (287 min)");
        });
        assertThat(lower.fee()).isEqualByComparingTo("1530.67");
        assertThat(decidedCost.costOf(less.personId(), "norr", MAY)).singleElement()
                .satisfies(line -> assertThat(line.amount()).isEqualByComparingTo("6400.00"));

        // Over the maxtaxa: 900 min = 4 800 kr, the fee is the maxtaxa 2 660 kr.
        FeeCalculation capped = fee(more.personId(), MAY);
        assertThat(capped.amounts().serviceCost()).isEqualByComparingTo("4800.00");
        assertThat(capped.fee()).isEqualByComparingTo("2660.00");

        // Decided and ordered, nothing performed: fee 0, and the underlag and the decision say why.
        FeeCalculation nothing = fee(none.personId(), MAY);
        assertThat(nothing.fee()).isEqualByComparingTo("0.00");
        assertThat(nothing.costLines()).singleElement().satisfies(line ->
                assertThat(line.label()).contains("ingen utförd tid attesterad för 2026-05"));
        FeeDecisionView decision = org.as("handlaggare.norr", () -> fees.decide(none.personId(), MAY, null));
        assertThat(decision.motivation()).contains("Ingen utförd tid har attesterats");

        // The run: one row each, the same again when run twice (until exported).
        Map<Long, BigDecimal> rows = runRows(MAY);
        assertThat(rows).containsEntry(less.personId(), new BigDecimal("1530.67"))
                .containsEntry(more.personId(), new BigDecimal("2660.00"))
                .containsEntry(none.personId(), new BigDecimal("0.00"));
        assertThat(runRows(MAY)).isEqualTo(rows);

        // A correction after the attest lands in June as an adjustment: +30 min counts in June, May stays.
        org.as("samordnare.norr", () -> reporting.correct(corrected.id(), VisitData.performed("Ida",
                at(MAY.atDay(10), 9, 0), at(MAY.atDay(10), 9, 0).plusSeconds(60L * 77)), "Besöket var längre."));
        assertThat(performed.of(less.personId(), MAY).performed()).singleElement()
                .satisfies(p -> assertThat(p.minutes()).isEqualTo(287));
        fixtures.setNow(LocalDate.of(2026, 7, 2), 10);
        assertThatThrownBy(() -> fee(less.personId(), JUNE)).isInstanceOf(FeeRejectedException.class)
                .hasMessageContaining("2026-06");
        org.as("chef.norr", () -> ersattning.attest(NORR, JUNE));
        assertThat(performed.of(less.personId(), JUNE).performed()).singleElement()
                .satisfies(p -> assertThat(p.minutes()).isEqualTo(30));
        assertThat(fee(less.personId(), JUNE).fee()).isEqualByComparingTo("160.00");
        assertThat(fee(less.personId(), MAY).fee()).isEqualByComparingTo("1530.67");

        // Exported, the month is frozen.
        org.as("chef.norr", () -> feeRuns.export(MAY));
        assertThatThrownBy(() -> org.as("chef.norr", () -> feeRuns.run(MAY))).isInstanceOf(FeeRejectedException.class)
                .hasMessageContaining("exporterad");
    }

    private Map<Long, BigDecimal> runRows(YearMonth month) {
        return org.as("chef.norr", () -> feeRuns.run(month)).rows().stream()
                .filter(r -> r.kind().equals("AVGIFT"))
                .collect(Collectors.toMap(FeeRunView.Row::personId, FeeRunView.Row::amount));
    }
}
