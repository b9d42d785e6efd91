package se.kasus.casework;

import java.time.Instant;

public record InvestigationView(long id, long caseId, ServiceType requestedService, String needPersonalCare,
        String needHousehold, String needHealth, String needSocial, String needHousing, String ownView,
        String assessment, String supplementRequest, String completedBy, Instant completedAt) {
}
