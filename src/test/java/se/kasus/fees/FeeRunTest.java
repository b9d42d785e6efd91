package se.kasus.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.kasus.access.AccessDeniedException;
import se.kasus.audit.AuditAction;
import se.kasus.registry.PersonView;

/**
 * The monthly avgiftskörning of unit norr through the real services. Only this class uses months of 2025, so its
 * runs hold exactly its own clients and the totals can be checked against a calculation by hand.
 */
class FeeRunTest extends FeeTestBase {

    private static final YearMonth JANUARY = YearMonth.of(2025, 1);
    private static final YearMonth MARCH = YearMonth.of(2025, 3);
    private static final YearMonth APRIL = YearMonth.of(2025, 4);
    private static final LocalDate NEW_YEAR = LocalDate.of(2025, 1, 1);

    @Test
    void aMonthsRunIsRepeatableUntilExportedThenFrozenAndCorrectedInTheNextMonth() {
        // 2025: minimibelopp 7 247 (single), 5 912 (each of a couple), maxtaxa 2 642; 12 h × 320,00 = 3 840,00
        PersonView under = clientWithHemtjanst(12, NEW_YEAR);
        single(under, JANUARY, "16000.00", "6500.00");       // 16 000 − 13 747 = 2 253,00
        PersonView capped = clientWithHemtjanst(12, NEW_YEAR);
        single(capped, JANUARY, "25000.00", "7000.00");      // 25 000 − 14 247 = 10 753 -> maxtaxa 2 642,00
        PersonView pair = clientWithHemtjanst(12, NEW_YEAR);
        couple(pair, JANUARY, "9000.01", "13000.00", "4000.00"); // 11 000,00 − 9 912 = 1 088,00
        PersonView poor = clientWithHemtjanst(12, NEW_YEAR);
        single(poor, JANUARY, "12000.00", "6000.00");        // below förbehållsbelopp: 0,00
        PersonView undecided = clientWithOpenCase();
        single(undecided, JANUARY, "30000.00", "5000.00");   // nothing decided: no row

        FeeRunView first = org.as(CHEF, () -> feeRuns.run(MARCH));
        Map<Long, BigDecimal> expected = Map.of(under.id(), kr("2253.00"), capped.id(), kr("2642.00"),
                pair.id(), kr("1088.00"), poor.id(), kr("0.00"));
        assertThat(amounts(first)).isEqualTo(expected);
        assertThat(first.total()).isEqualTo(kr("5983.00"));
        assertThat(first.total()).isEqualTo(expected.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));

        // a new underlag before export: the run is redone and replaces its rows
        single(under, MARCH, "15000.00", "6500.00");         // 15 000 − 13 747 = 1 253,00
        FeeRunView again = org.as(CHEF, () -> feeRuns.run(MARCH));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(amounts(again)).containsEntry(under.id(), kr("1253.00")).hasSize(4);
        assertThat(again.total()).isEqualTo(kr("4983.00"));
        assertThat(count("select count(*) from fee_run_row where run_id = ?", again.id())).isEqualTo(4);

        String csv = new String(org.as(CHEF, () -> feeRuns.export(MARCH)), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\ufeffpersonnummer;namn;period;typ;avser_manad;avgift_kr\r\n")
                .contains(under.personnummer() + ";Test Person;2025-03;AVGIFT;2025-03;1253,00\r\n")
                .contains(capped.personnummer() + ";Test Person;2025-03;AVGIFT;2025-03;2642,00\r\n");
        assertThat(csv.lines().count()).isEqualTo(5);
        assertThat(auditOf(under)).anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.EXPORT));

        // exported: frozen
        assertThatThrownBy(() -> org.as(CHEF, () -> feeRuns.run(MARCH))).isInstanceOf(FeeRejectedException.class)
                .hasMessageContaining("exporterad");
        assertThat(org.as(CHEF, () -> feeRuns.find(MARCH)).orElseThrow().total()).isEqualTo(kr("4983.00"));
        assertThat(auditOf(capped)).filteredOn(e -> e.action() == AuditAction.READ && e.actor().equals(CHEF))
                .isNotEmpty();

        // a correction of March after its export goes to April as a JUSTERING row
        single(under, MARCH, "16000.00", "6500.00");         // March is again 2 253,00: 1 000,00 more than billed
        FeeRunView april = org.as(CHEF, () -> feeRuns.run(APRIL));
        assertThat(april.rows()).filteredOn(r -> r.personId() == under.id())
                .extracting(FeeRunView.Row::kind, FeeRunView.Row::concernsMonth, FeeRunView.Row::amount)
                .containsExactlyInAnyOrder(tuple("AVGIFT", APRIL, kr("2253.00")),
                        tuple("JUSTERING", MARCH, kr("1000.00")));
        assertThat(april.total()).isEqualTo(kr("6983.00"));
        assertThat(org.as(CHEF, () -> feeRuns.find(MARCH)).orElseThrow().total()).isEqualTo(kr("4983.00"));
    }

    @Test
    void onlyTheUnitHeadRunsAndOnlyForTheOwnUnit() {
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> feeRuns.run(YearMonth.of(2025, 6))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.as("revisor", () -> feeRuns.run(YearMonth.of(2025, 6))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.as("revisor", () -> feeRuns.find(YearMonth.of(2025, 6))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> feeRuns.export(YearMonth.of(2025, 6))))
                .isInstanceOf(AccessDeniedException.class);
        // the unit head of syd runs syd's month, which holds none of norr's clients
        FeeRunView syd = org.as("chef.syd", () -> feeRuns.run(YearMonth.of(2025, 6)));
        assertThat(syd.unitId()).isEqualTo("syd");
        assertThat(syd.rows()).isEmpty();
        assertThatThrownBy(() -> org.as(CHEF, () -> feeRuns.run(YearMonth.of(2023, 6))))
                .isInstanceOf(FeeRejectedException.class).hasMessage("Det finns ingen avgiftstabell för 2023-06.");
        assertThat(count("select count(*) from fee_run where fee_month = ?", LocalDate.of(2023, 6, 1))).isZero();
    }

    private static Map<Long, BigDecimal> amounts(FeeRunView run) {
        List<FeeRunView.Row> fees = run.rows().stream().filter(r -> r.kind().equals("AVGIFT")).toList();
        return fees.stream().collect(Collectors.toMap(FeeRunView.Row::personId, FeeRunView.Row::amount));
    }
}
