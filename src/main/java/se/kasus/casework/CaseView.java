package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

/** A case as screens and the API show it. */
public record CaseView(long id, long personId, String unitId, CaseType caseType, CaseStatus status,
        LocalDate receivedDate, ServiceType requestedService, String applicationText, String responsible,
        Instant openedAt, Instant closedAt) {

    public String reference() {
        return caseType.referencePrefix() + "-" + id;
    }
}
