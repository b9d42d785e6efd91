package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A legal failure: an LVU deadline ran out — the omhändertagande lapsed (7 §, 9 §) or a 13 § reconsideration came
 * late. Written by the process's timer path, never removed; the enhetschef's measures are added when the escalation
 * task completes.
 */
@Entity
@Table(name = "lvu_legal_failure")
class LvuLegalFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long lvuId;
    private long caseId;
    private String unitId;
    private String deadlineKey;
    private LocalDate lastDay;
    private Instant occurredAt;
    private String handledBy;
    private Instant handledAt;
    private String measures;

    protected LvuLegalFailure() {
    }

    LvuLegalFailure(long lvuId, long caseId, String unitId, String deadlineKey, LocalDate lastDay,
            Instant occurredAt) {
        this.lvuId = lvuId;
        this.caseId = caseId;
        this.unitId = unitId;
        this.deadlineKey = deadlineKey;
        this.lastDay = lastDay;
        this.occurredAt = occurredAt;
    }

    void handle(String by, Instant at, String measuresTaken) {
        if (handledAt != null) {
            throw new CaseRuleException("Fristmissen är redan hanterad.");
        }
        this.handledBy = by;
        this.handledAt = at;
        this.measures = measuresTaken;
    }

    long caseId() { return caseId; }
    String deadlineKey() { return deadlineKey; }

    LvuLegalFailureView toView(long personId) {
        return new LvuLegalFailureView(id, lvuId, caseId, personId, deadlineKey, lastDay, occurredAt, handledBy,
                handledAt, measures);
    }
}
