package se.kasus.casework;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An utredning (SoL 14 kap. 2 §): the person's needs by life area and the caseworker's assessment. */
@Entity
class Investigation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    @Enumerated(EnumType.STRING)
    private ServiceType requestedService;
    private String needPersonalCare;
    private String needHousehold;
    private String needHealth;
    private String needSocial;
    private String needHousing;
    private String ownView;
    private String assessment;
    private boolean supplementNeeded;
    private String supplementRequest;
    private String completedBy;
    private Instant completedAt;

    protected Investigation() {
    }

    Investigation(long caseId, ServiceType requestedService, Needs needs, String ownView, String assessment,
            String supplementRequest, String completedBy, Instant completedAt) {
        this.caseId = caseId;
        this.requestedService = requestedService;
        this.needPersonalCare = needs.personalCare();
        this.needHousehold = needs.household();
        this.needHealth = needs.health();
        this.needSocial = needs.social();
        this.needHousing = needs.housing();
        this.ownView = ownView;
        this.assessment = assessment;
        this.supplementNeeded = supplementRequest != null;
        this.supplementRequest = supplementRequest;
        this.completedBy = completedBy;
        this.completedAt = completedAt;
    }

    /** Needs by life area (livsområde). */
    record Needs(String personalCare, String household, String health, String social, String housing) {
    }

    Instant completedAt() {
        return completedAt;
    }

    InvestigationView toView() {
        return new InvestigationView(id, caseId, requestedService, needPersonalCare, needHousehold, needHealth,
                needSocial, needHousing, ownView, assessment, supplementRequest, completedBy, completedAt);
    }
}
