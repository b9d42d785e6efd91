package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A genomförandeplan: how the utförare carries out the order, written with the client, dated and signed by its
 * author. Immutable once written (it is signed when saved); a new version supersedes it.
 */
@Entity
class CarePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long orderId;
    private int version;
    private String content;
    private String writtenWith;
    private LocalDate agreedDate;
    private String signedBy;
    private Instant signedAt;
    private Long supersedesId;

    protected CarePlan() {
    }

    CarePlan(long orderId, int version, String content, String writtenWith, LocalDate agreedDate, String signedBy,
            Instant signedAt, Long supersedesId) {
        this.orderId = orderId;
        this.version = version;
        this.content = content;
        this.writtenWith = writtenWith;
        this.agreedDate = agreedDate;
        this.signedBy = signedBy;
        this.signedAt = signedAt;
        this.supersedesId = supersedesId;
    }

    Long id() {
        return id;
    }

    int version() {
        return version;
    }

    CarePlanView toView() {
        return new CarePlanView(id, orderId, version, content, writtenWith, agreedDate, signedBy, signedAt,
                supersedesId);
    }
}
