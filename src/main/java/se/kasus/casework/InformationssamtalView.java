package se.kasus.casework;

import java.time.LocalDate;

/** An informationssamtal as screens and the API show it. */
public record InformationssamtalView(long caseId, String reference, String parent, String otherParent,
        LocalDate receivedDate, LocalDate bookedOn, String place, LocalDate heldOn, Informationssamtal.Attended attended,
        LocalDate issuedOn, Long documentId) {
}
