package se.kasus.fees;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Basic;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Avgiftsbeslut: the fee for a month, its computation, motivering, lagrum, överklagandehänvisning and letter. */
@Entity
@Table(name = "fee_decision")
class FeeDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long personId;
    private String unitId;
    private LocalDate feeMonth;
    private long basisId;
    @Embedded
    private FeeAmounts amounts;
    private String motivation;
    private String legalBasis;
    private String appealText;
    private String decidedBy;
    private Instant decidedAt;
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] letter;

    protected FeeDecision() {
    }

    FeeDecision(long personId, String unitId, FeeCalculation calculation, String motivation, String legalBasis,
            String appealText, String decidedBy, Instant decidedAt) {
        this.personId = personId;
        this.unitId = unitId;
        this.feeMonth = calculation.month().atDay(1);
        this.basisId = calculation.basisId();
        this.amounts = calculation.amounts();
        this.motivation = motivation;
        this.legalBasis = legalBasis;
        this.appealText = appealText;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    void attachLetter(byte[] pdf) {
        this.letter = pdf;
    }

    Long id() { return id; }
    long personId() { return personId; }
    String unitId() { return unitId; }
    byte[] letter() { return letter; }

    FeeDecisionView toView() {
        return new FeeDecisionView(id, personId, YearMonth.from(feeMonth), amounts.fee(), amounts, motivation,
                legalBasis, appealText, decidedBy, decidedAt);
    }
}
