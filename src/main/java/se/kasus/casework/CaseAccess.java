package se.kasus.casework;

import org.springframework.stereotype.Component;

import se.kasus.access.AccessControl;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;
import se.kasus.registry.PersonView;

/** Access check and audit entry for one case, in one call, so that no service can do one without the other. */
@Component
class CaseAccess {

    private final AccessControl access;
    private final AuditLog audit;
    private final CaseRepository cases;

    CaseAccess(AccessControl access, AuditLog audit, CaseRepository cases) {
        this.access = access;
        this.audit = audit;
        this.cases = cases;
    }

    /** Loads the case, checks the permission in its unit and records why it was touched. */
    CaseRecord require(long caseId, Permission permission, AuditAction action, String resource, String why) {
        CaseRecord caseRecord = cases.findById(caseId)
                .orElseThrow(() -> new CaseNotFoundException(caseId));
        KasusUser user = access.requireInUnit(permission, caseRecord.unitId(), caseRecord.caseType().lawArea(), resource,
                caseRecord.personId(), caseId);
        audit.record(new AuditEvent(user.username(), action, resource, caseRecord.personId(), caseId, why));
        return caseRecord;
    }

    /** Like {@link #require} for a read that touches no client data: refusals are audited, access is not. */
    CaseRecord check(long caseId, Permission permission, String resource) {
        CaseRecord caseRecord = cases.findById(caseId)
                .orElseThrow(() -> new CaseNotFoundException(caseId));
        access.requireInUnit(permission, caseRecord.unitId(), caseRecord.caseType().lawArea(), resource,
                caseRecord.personId(), caseId);
        return caseRecord;
    }

    PersonView disclosed(KasusUser user, PersonView person, java.util.Collection<String> unitsHoldingCases) {
        return access.disclosed(user, person, unitsHoldingCases);
    }

    KasusUser currentUser() {
        return access.currentUser();
    }

    /** Refuses work on a task, with the refusal audited in a transaction of its own. */
    void refuse(KasusUser user, se.kasus.engine.WorkTask task, String why) {
        CaseRecord caseRecord = cases.findById(task.caseId()).orElseThrow(() -> new CaseNotFoundException(task.caseId()));
        access.refuse(user, "uppgift", caseRecord.personId(), caseRecord.id(), why);
    }

    /**
     * For lists that span cases (the inbox): whether the case may be listed to the user, by the same unit and law-area
     * rule {@link #require} enforces on the case itself.
     */
    boolean lists(KasusUser user, Permission permission, CaseRecord caseRecord) {
        return user.belongsTo(caseRecord.unitId())
                && access.coversLawArea(user, permission, caseRecord.caseType().lawArea());
    }

    /** For lists that span cases (the inbox): the permission itself, before anything is read. */
    KasusUser require(Permission permission, String resource) {
        return access.require(permission, resource);
    }
}
