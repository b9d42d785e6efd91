package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An övervägande or prövning under LVU 13 §, written when the nämnd completes Task_Omprovning13. */
@Entity
@Table(name = "lvu_review")
class LvuReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long lvuId;
    private long caseId;
    @Enumerated(EnumType.STRING)
    private LvuReviewKind kind;
    private LocalDate dueDate;
    private LocalDate decidedDate;
    private String result;
    private String reasons;
    private String decidedBy;
    private Instant decidedAt;

    protected LvuReview() {
    }

    LvuReview(long lvuId, long caseId, LvuReviewKind kind, LocalDate dueDate, LocalDate decidedDate, String result,
            String reasons, String decidedBy, Instant decidedAt) {
        this.lvuId = lvuId;
        this.caseId = caseId;
        this.kind = kind;
        this.dueDate = dueDate;
        this.decidedDate = decidedDate;
        this.result = result;
        this.reasons = reasons;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    LvuReviewView toView() {
        return new LvuReviewView(id, kind, dueDate, decidedDate, result, reasons, decidedBy);
    }
}
