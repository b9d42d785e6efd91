package se.kasus.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import se.kasus.access.AccessDeniedException;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEntryView;
import se.kasus.registry.PersonView;

/** The client's fees through the real services, the real engine's decisions and H2. Months in 2026 only. */
class FeeServiceTest extends FeeTestBase {

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void theFeeComesFromTheUnderlagAndTheDecidedHours() {
        PersonView client = clientWithHemtjanst(12, LocalDate.of(2026, 1, 1));
        single(client, JANUARY, "16000.00", "6500.00");
        FeeCalculation c = org.as(HANDLAGGARE, () -> fees.calculate(client.id(), MARCH));
        // 12 h × 320,00 = 3 840,00; 16 000,00 − (7 296 + 6 500,00) = 2 204,00 < maxtaxa 2 660
        assertThat(c.amounts().serviceCost()).isEqualTo(kr("3840.00"));
        assertThat(c.fee()).isEqualTo(kr("2204.00"));
        assertThat(auditOf(client)).extracting(AuditEntryView::action, AuditEntryView::actor)
                .contains(tuple(AuditAction.CREATE, HANDLAGGARE),
                        tuple(AuditAction.READ, HANDLAGGARE));
    }

    @Test
    void aLaterUnderlagSupersedesFromItsMonth() {
        PersonView client = clientWithHemtjanst(12, LocalDate.of(2026, 1, 1));
        single(client, JANUARY, "16000.00", "6500.00");
        single(client, MARCH, "25000.00", "7000.00");
        assertThat(org.as(HANDLAGGARE, () -> fees.calculate(client.id(), YearMonth.of(2026, 2))).fee())
                .isEqualTo(kr("2204.00"));
        assertThat(org.as(HANDLAGGARE, () -> fees.calculate(client.id(), MARCH)).fee()).isEqualTo(kr("2660.00"));
    }

    @Test
    void aDecisionStoresTheComputationItsReasonsAndItsLetter() {
        PersonView client = clientWithHemtjanst(12, LocalDate.of(2026, 1, 1));
        single(client, JANUARY, "12000.00", "6000.00");
        FeeDecisionView decision = org.as(HANDLAGGARE, () -> fees.decide(client.id(), MARCH, "Uppgifter från FK."));
        assertThat(decision.fee()).isEqualTo(kr("0.00"));
        assertThat(decision.motivation()).contains("inget avgiftsutrymme").contains("Uppgifter från FK.");
        assertThat(decision.legalBasis()).contains("32 kap.");
        assertThat(decision.appealText()).contains("förvaltningsrätten").contains("tre veckor");
        byte[] pdf = org.as(HANDLAGGARE, () -> fees.letter(decision.id()));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(auditOf(client)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CREATE);
            assertThat(e.resource()).isEqualTo("avgifter/beslut/" + decision.id());
        });
        FeeOverview overview = org.as(HANDLAGGARE, () -> fees.overview(client.id(), MARCH));
        assertThat(overview.decisions()).extracting(FeeDecisionView::id).containsExactly(decision.id());
        assertThat(overview.calculation().fee()).isEqualTo(kr("0.00"));
    }

    @Test
    void badInputIsRefusedInSwedishAndNothingIsWritten() {
        PersonView client = clientWithHemtjanst(12, LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> single(client, JANUARY, "-1.00", "6500.00"))
                .isInstanceOfSatisfying(FeeRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::key, FieldProblem::message)
                        .containsExactly(tuple("incomePension",
                                "Beloppet får inte vara negativt.")));
        assertThatThrownBy(() -> register(client, new NewFeeBasis(JANUARY, Household.ENSAMSTAENDE, kr("1.00"),
                kr("0"), kr("0"), null, new java.math.BigDecimal("100.005"), null, null)))
                .isInstanceOf(FeeRejectedException.class);
        assertThatThrownBy(() -> single(client, YearMonth.of(2023, 5), "16000.00", "6500.00"))
                .isInstanceOfSatisfying(FeeRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::message).containsExactly("Det finns ingen avgiftstabell för 2023-05."));
        assertThatThrownBy(() -> register(client, new NewFeeBasis(JANUARY, Household.ENSAMSTAENDE, kr("1.00"),
                kr("0"), kr("0"), null, kr("0"), kr("500.00"), " ")))
                .hasMessage("Avgiftsunderlaget innehåller fel.");
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> fees.registerBasis(Long.MAX_VALUE - 7,
                new NewFeeBasis(JANUARY, Household.ENSAMSTAENDE, kr("1"), kr("0"), kr("0"), null, kr("0"), null, null))))
                .isInstanceOf(FeeRejectedException.class).hasMessage("Personen finns inte i personregistret.");
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> fees.decide(client.id(), MARCH, null)))
                .isInstanceOf(FeeRejectedException.class).hasMessage("Det finns inget avgiftsunderlag för 2026-03.");
        assertThat(count("select count(*) from fee_basis where person_id = ?", client.id())).isZero();
        assertThat(count("select count(*) from fee_decision where person_id = ?", client.id())).isZero();
    }

    @Test
    void anotherUnitAndRolesWithoutTheRightAreRefusedAndTheRefusalIsLogged() {
        PersonView client = clientWithHemtjanst(12, LocalDate.of(2026, 1, 1));
        single(client, JANUARY, "16000.00", "6500.00");
        NewFeeBasis input = new NewFeeBasis(MARCH, Household.ENSAMSTAENDE, kr("1"), kr("0"), kr("0"), null,
                kr("0"), null, null);
        assertThatThrownBy(() -> org.as("handlaggare.syd", () -> fees.calculate(client.id(), MARCH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.as("handlaggare.syd", () -> fees.registerBasis(client.id(), input)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.as("revisor", () -> fees.overview(client.id(), MARCH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.as("utforare", () -> fees.calculate(client.id(), MARCH)))
                .isInstanceOf(AccessDeniedException.class);
        // the enhetschef reads the fees but does not set a client's underlag
        assertThat(org.as(CHEF, () -> fees.calculate(client.id(), MARCH)).fee()).isEqualTo(kr("2204.00"));
        assertThatThrownBy(() -> org.as(CHEF, () -> fees.registerBasis(client.id(), input)))
                .isInstanceOf(AccessDeniedException.class);
        long decisionId = org.as(HANDLAGGARE, () -> fees.decide(client.id(), MARCH, null)).id();
        assertThatThrownBy(() -> org.as("handlaggare.syd", () -> fees.letter(decisionId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count("select count(*) from fee_basis where person_id = ?", client.id())).isEqualTo(1);
        assertThat(auditOf(client)).filteredOn(e -> e.action() == AuditAction.DENIED)
                .extracting(AuditEntryView::actor).contains("handlaggare.syd", CHEF);
    }
}
