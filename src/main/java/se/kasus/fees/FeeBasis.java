package se.kasus.fees;

import java.math.BigDecimal;
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

/** Avgiftsunderlag: the client's income, housing cost and household from a month on. Never changed, only superseded. */
@Entity
@Table(name = "fee_basis")
class FeeBasis {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long personId;
    private String unitId;
    private LocalDate validFrom;
    @Enumerated(EnumType.STRING)
    private Household household;
    private BigDecimal incomePension;
    private BigDecimal incomeBostadstillagg;
    private BigDecimal incomeOther;
    private BigDecimal spouseIncome;
    private BigDecimal housingCost;
    private BigDecimal minimumRaise;
    private String minimumRaiseReason;
    private String registeredBy;
    private Instant registeredAt;

    protected FeeBasis() {
    }

    FeeBasis(long personId, String unitId, NewFeeBasis input, String registeredBy, Instant registeredAt) {
        this.personId = personId;
        this.unitId = unitId;
        this.validFrom = input.fromMonth().atDay(1);
        this.household = input.household();
        this.incomePension = Money.kr(input.incomePension());
        this.incomeBostadstillagg = Money.kr(input.incomeBostadstillagg());
        this.incomeOther = Money.kr(input.incomeOther());
        this.spouseIncome = Money.kr(input.spouseIncomeOrZero());
        this.housingCost = Money.kr(input.housingCost());
        this.minimumRaise = Money.kr(input.minimumRaiseOrZero());
        this.minimumRaiseReason = blankToNull(input.minimumRaiseReason());
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Long id() { return id; }
    long personId() { return personId; }
    String unitId() { return unitId; }
    LocalDate validFrom() { return validFrom; }
    Household household() { return household; }
    BigDecimal housingCost() { return housingCost; }
    BigDecimal minimumRaise() { return minimumRaise; }
    String minimumRaiseReason() { return minimumRaiseReason; }

    /** The client's own net income this month. */
    BigDecimal ownIncome() {
        return incomePension.add(incomeBostadstillagg).add(incomeOther);
    }

    BigDecimal spouseIncome() {
        return spouseIncome;
    }

    FeeBasisView toView() {
        return new FeeBasisView(id, YearMonth.from(validFrom), household, incomePension, incomeBostadstillagg,
                incomeOther, spouseIncome, housingCost, minimumRaise, minimumRaiseReason, registeredBy, registeredAt);
    }
}
