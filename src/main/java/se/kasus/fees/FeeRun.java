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
import jakarta.persistence.Version;

/** Avgiftskörning: one unit's fees for one month. Calculated runs may be redone; an exported run is frozen. */
@Entity
@Table(name = "fee_run")
class FeeRun {

    enum Status { CALCULATED, EXPORTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String unitId;
    private LocalDate feeMonth;
    @Enumerated(EnumType.STRING)
    private Status status;
    private BigDecimal total;
    private String runBy;
    private Instant runAt;
    private String exportedBy;
    private Instant exportedAt;
    @Version
    private long version;

    protected FeeRun() {
    }

    FeeRun(String unitId, YearMonth month, String runBy, Instant runAt) {
        this.unitId = unitId;
        this.feeMonth = month.atDay(1);
        this.status = Status.CALCULATED;
        this.total = Money.ZERO;
        this.runBy = runBy;
        this.runAt = runAt;
    }

    void calculated(BigDecimal total, String by, Instant at) {
        if (exported()) {
            throw new IllegalStateException("an exported run is frozen");
        }
        this.total = total;
        this.runBy = by;
        this.runAt = at;
    }

    void exportedBy(String by, Instant at) {
        if (!exported()) {
            this.status = Status.EXPORTED;
            this.exportedBy = by;
            this.exportedAt = at;
        }
    }

    boolean exported() {
        return status == Status.EXPORTED;
    }

    Long id() { return id; }
    String unitId() { return unitId; }
    YearMonth month() { return YearMonth.from(feeMonth); }
    BigDecimal total() { return total; }
    String runBy() { return runBy; }
    Instant runAt() { return runAt; }
    String exportedByUser() { return exportedBy; }
    Instant exportedAt() { return exportedAt; }
}
