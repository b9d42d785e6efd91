package se.kasus.access;

import java.util.List;

import org.springframework.stereotype.Service;

import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEntryView;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;
import se.kasus.audit.AuditVerification;

/** The audit log as the revisor and systemförvaltare see it: verifying and reading it are themselves logged. */
@Service
public class AuditReview {

    private final AccessControl access;
    private final AuditLog auditLog;

    AuditReview(AccessControl access, AuditLog auditLog) {
        this.access = access;
        this.auditLog = auditLog;
    }

    public AuditVerification verify() {
        KasusUser user = access.require(Permission.AUDIT_VERIFY, "loggkedja");
        AuditVerification result = auditLog.verify();
        auditLog.record(new AuditEvent(user.username(), AuditAction.VERIFY, "loggkedja", null, null,
                result.intact() ? "Kedjan hel" : "Kedjan bruten: " + result.problem()));
        return result;
    }

    public List<AuditEntryView> latest(int limit) {
        KasusUser user = access.require(Permission.AUDIT_READ, "logg");
        auditLog.record(new AuditEvent(user.username(), AuditAction.READ, "logg", null, null, "Granskning av loggen"));
        return auditLog.latest(Math.max(1, Math.min(limit, AuditLog.MAX_LIMIT)));
    }
}
