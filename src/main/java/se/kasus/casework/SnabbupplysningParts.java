package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The rows a snabbupplysning is made of, besides the request itself; each written by one step. */
final class SnabbupplysningParts {

    private SnabbupplysningParts() {
    }

    /** A parent or the child the court asks about. */
    @Entity
    @Table(name = "fr_party")
    static class Party {

        enum PartyRole { FORALDER, BARN }

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        private long snabbupplysningId;
        private long personId;
        private String partyRole;

        protected Party() {
        }

        Party(long snabbupplysningId, long personId, PartyRole role) {
            this.snabbupplysningId = snabbupplysningId;
            this.personId = personId;
            this.partyRole = role.name();
        }

        long personId() { return personId; }
        PartyRole role() { return PartyRole.valueOf(partyRole); }
    }

    /** One occurrence in the socialregister as it was on the day of the check. */
    @Entity
    @Table(name = "fr_occurrence")
    static class Found {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        private long snabbupplysningId;
        private long personId;
        private String lawArea;
        private String reference;
        private String unitId;
        private String unitName;
        private LocalDate fromDate;
        private LocalDate toDate;
        private String contactName;
        private String contactEmail;
        private boolean needsContact;

        protected Found() {
        }

        Found(long snabbupplysningId, long personId, SocialRegister.Occurrence o, boolean needsContact) {
            this.snabbupplysningId = snabbupplysningId;
            this.personId = personId;
            this.lawArea = o.lawArea();
            this.reference = o.reference();
            this.unitId = o.unitId();
            this.unitName = o.unitName();
            this.fromDate = o.from();
            this.toDate = o.to();
            this.contactName = o.contact().name();
            this.contactEmail = o.contact().email();
            this.needsContact = needsContact;
        }

        Long id() { return id; }
        long personId() { return personId; }
        String lawArea() { return lawArea; }
        String reference() { return reference; }
        String unitName() { return unitName; }
        LocalDate fromDate() { return fromDate; }
        LocalDate toDate() { return toDate; }
        String contactName() { return contactName; }
        String contactEmail() { return contactEmail; }
        boolean needsContact() { return needsContact; }

        SnabbupplysningView.Found toView() {
            return new SnabbupplysningView.Found(id, personId, lawArea, reference, unitName, fromDate, toDate,
                    contactName, needsContact);
        }
    }

    /** A contact with the caseworker responsible for a current case in another unit. */
    @Entity
    @Table(name = "fr_contact")
    static class Contact {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        private long snabbupplysningId;
        private long occurrenceId;
        private LocalDate contactedOn;
        private String contactedWhom;
        private String learnt;
        private String completedBy;
        private Instant completedAt;

        protected Contact() {
        }

        Contact(long snabbupplysningId, long occurrenceId) {
            this.snabbupplysningId = snabbupplysningId;
            this.occurrenceId = occurrenceId;
        }

        void record(LocalDate on, String whom, String what, String by, Instant at) {
            contactedOn = on;
            contactedWhom = whom;
            learnt = what;
            completedBy = by;
            completedAt = at;
        }

        Long id() { return id; }
        long occurrenceId() { return occurrenceId; }
        boolean done() { return completedAt != null; }

        SnabbupplysningView.Contact toView() {
            return new SnabbupplysningView.Contact(occurrenceId, contactedOn, contactedWhom, learnt);
        }
    }

    /** Why the court's deadline passed, recorded by the enhetschef. */
    @Entity
    @Table(name = "fr_delay_note")
    static class DelayNote {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        private long snabbupplysningId;
        private String note;
        private String recordedBy;
        private Instant recordedAt;

        protected DelayNote() {
        }

        DelayNote(long snabbupplysningId, String note, String recordedBy, Instant recordedAt) {
            this.snabbupplysningId = snabbupplysningId;
            this.note = note;
            this.recordedBy = recordedBy;
            this.recordedAt = recordedAt;
        }
    }
}
