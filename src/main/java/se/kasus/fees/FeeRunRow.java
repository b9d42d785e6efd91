package se.kasus.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One client's line in a run: the month's fee (AVGIFT), or a correction of an exported month (JUSTERING, the new fee
 * of that month less what was billed for it), with the computation it came from.
 */
@Entity
@Table(name = "fee_run_row")
class FeeRunRow {

    enum Kind { AVGIFT, JUSTERING }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long runId;
    private long personId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private LocalDate concernsMonth;
    private long basisId;
    @Embedded
    private FeeAmounts amounts;
    private BigDecimal amount;

    protected FeeRunRow() {
    }

    FeeRunRow(long runId, long personId, Kind kind, FeeCalculation calculation, BigDecimal amount) {
        this.runId = runId;
        this.personId = personId;
        this.kind = kind;
        this.concernsMonth = calculation.month().atDay(1);
        this.basisId = calculation.basisId();
        this.amounts = calculation.amounts();
        this.amount = amount;
    }

    long personId() { return personId; }
    Kind kind() { return kind; }
    YearMonth concernsMonth() { return YearMonth.from(concernsMonth); }
    BigDecimal amount() { return amount; }
    FeeAmounts amounts() { return amounts; }
}
