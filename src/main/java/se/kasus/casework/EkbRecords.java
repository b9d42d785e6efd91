package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

// The records of an ekonomiskt bistånd case, one per process step, in one file like the other law areas'
// repositories: package-private, so only the case's own steps write them.

/** The ansökan: the month applied for (a new month is a new ansökan). */
@Entity
class EkbApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private LocalDate benefitMonth;
    private String registeredBy;
    private Instant registeredAt;

    protected EkbApplication() {
    }

    EkbApplication(long caseId, YearMonth month, String registeredBy, Instant registeredAt) {
        this.caseId = caseId;
        this.benefitMonth = month.atDay(1);
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    Long id() { return id; }
    long caseId() { return caseId; }
    YearMonth month() { return YearMonth.from(benefitMonth); }
}

/** Who, besides the applicant, the household has: a partner, or a child living there. */
enum EkbMemberRole {
    PARTNER("Make, maka, registrerad partner eller sambo"), BARN("Barn i hushållet");

    private final String label;

    EkbMemberRole(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}

/** A member of the applicant's household, a person in the registry. */
@Entity
class EkbHouseholdMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long applicationId;
    private long personId;
    @Enumerated(EnumType.STRING)
    private EkbMemberRole memberRole;
    private boolean preschoolLunch;

    protected EkbHouseholdMember() {
    }

    EkbHouseholdMember(long applicationId, long personId, EkbMemberRole role, boolean preschoolLunch) {
        this.applicationId = applicationId;
        this.personId = personId;
        this.memberRole = role;
        this.preschoolLunch = preschoolLunch;
    }

    long personId() { return personId; }
    EkbMemberRole role() { return memberRole; }
    boolean preschoolLunch() { return preschoolLunch; }
}

/** The utredning of the month: the household's income and costs, and the applicant's own efforts. */
@Entity
class EkbInvestigation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private int income;
    private int housingCost;
    private int householdElectricity;
    private int workTravel;
    private int homeInsurance;
    private int unionFee;
    private int unemploymentFund;
    private int otherCosts;
    private String otherCostsText;
    private String ownEfforts;
    private String assessment;
    private String completedBy;
    private Instant completedAt;

    protected EkbInvestigation() {
    }

    EkbInvestigation(long caseId, int income, EkbCalculator.Costs costs, String otherCostsText, String ownEfforts,
            String assessment, String completedBy, Instant completedAt) {
        this.caseId = caseId;
        this.income = income;
        this.housingCost = costs.housing();
        this.householdElectricity = costs.householdElectricity();
        this.workTravel = costs.workTravel();
        this.homeInsurance = costs.homeInsurance();
        this.unionFee = costs.unionFee();
        this.unemploymentFund = costs.unemploymentFund();
        this.otherCosts = costs.other();
        this.otherCostsText = otherCostsText;
        this.ownEfforts = ownEfforts;
        this.assessment = assessment;
        this.completedBy = completedBy;
        this.completedAt = completedAt;
    }

    Long id() { return id; }
    long caseId() { return caseId; }
    int income() { return income; }
    Instant completedAt() { return completedAt; }
    String ownEfforts() { return ownEfforts; }

    EkbCalculator.Costs costs() {
        return new EkbCalculator.Costs(housingCost, householdElectricity, workTravel, homeInsurance, unionFee,
                unemploymentFund, otherCosts);
    }
}

/** The beräkning made from one utredning: its totals, kept as they were when the proposal was made. */
@Entity
@Table(name = "ekb_calculation")
class EkbCalculationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private long investigationId;
    private LocalDate benefitMonth;
    private int normYear;
    private int norm;
    private int costs;
    private int housingClaimed;
    private int housingCounted;
    private String housingNote;
    private int income;
    private int amount;
    private Instant calculatedAt;

    protected EkbCalculationRecord() {
    }

    EkbCalculationRecord(long caseId, long investigationId, EkbCalculator.Result r, Instant calculatedAt) {
        this.caseId = caseId;
        this.investigationId = investigationId;
        this.benefitMonth = r.month().atDay(1);
        this.normYear = r.normYear();
        this.norm = r.norm();
        this.costs = r.costs();
        this.housingClaimed = r.housingClaimed();
        this.housingCounted = r.housingCounted();
        this.housingNote = r.housingNote();
        this.income = r.income();
        this.amount = r.amount();
        this.calculatedAt = calculatedAt;
    }

    Long id() { return id; }
    long caseId() { return caseId; }
    int amount() { return amount; }
    YearMonth month() { return YearMonth.from(benefitMonth); }
}

/** The amount a proposal grants; the decision row itself is shared with every law area. */
@Entity
class EkbDecisionAmount {

    @Id
    private Long decisionId;
    private long caseId;
    private long calculationId;
    private int amount;

    protected EkbDecisionAmount() {
    }

    EkbDecisionAmount(long decisionId, long caseId, long calculationId, int amount) {
        this.decisionId = decisionId;
        this.caseId = caseId;
        this.calculationId = calculationId;
        this.amount = amount;
    }

    long calculationId() { return calculationId; }
    int amount() { return amount; }
}

/** Utbetalningsunderlag: what is to be paid for the month, once per decision; no real payment integration. */
@Entity
class EkbPayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private long decisionId;
    private LocalDate benefitMonth;
    private int amount;
    private LocalDate paymentDate;
    private String paymentMethod;
    private String registeredBy;
    private Instant registeredAt;

    protected EkbPayment() {
    }

    EkbPayment(long caseId, long decisionId, YearMonth month, int amount, LocalDate paymentDate, String paymentMethod,
            String registeredBy, Instant registeredAt) {
        this.caseId = caseId;
        this.decisionId = decisionId;
        this.benefitMonth = month.atDay(1);
        this.amount = amount;
        this.paymentDate = paymentDate;
        this.paymentMethod = paymentMethod;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    int amount() { return amount; }
    LocalDate paymentDate() { return paymentDate; }
    YearMonth month() { return YearMonth.from(benefitMonth); }
}
