package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A komplettering received during the investigation. */
@Entity
class Supplement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private LocalDate receivedDate;
    private String description;
    private String registeredBy;
    private Instant registeredAt;

    protected Supplement() {
    }

    Supplement(long caseId, LocalDate receivedDate, String description, String registeredBy, Instant registeredAt) {
        this.caseId = caseId;
        this.receivedDate = receivedDate;
        this.description = description;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    SupplementView toView() {
        return new SupplementView(id, caseId, receivedDate, description, registeredBy, registeredAt);
    }
}
