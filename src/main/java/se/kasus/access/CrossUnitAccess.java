package se.kasus.access;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;

/**
 * Menprövning: sekretess applies between the units of the social services (OSL 26 kap. 1 §), so a caseworker reads
 * another unit's cases of a person only after recording why it does the person no harm. The grant covers reading
 * (CLIENT_FILE_READ), never work or decisions; it runs out after the configured time; it is its own audit event
 * ({@link AuditAction#CROSS_UNIT_ACCESS}), and every read under it names it.
 */
@Service
public class CrossUnitAccess {

    static final int MAX_REASON = 500;

    private final AccessControl access;
    private final AccessProperties properties;
    private final CrossUnitGrantRepository grants;
    private final AuditLog audit;
    private final Clock clock;

    CrossUnitAccess(AccessControl access, AccessProperties properties, CrossUnitGrantRepository grants,
            AuditLog audit, Clock clock) {
        this.access = access;
        this.properties = properties;
        this.grants = grants;
        this.audit = audit;
        this.clock = clock;
    }

    public record GrantView(long id, String username, long personId, String unitId, String reason, Instant grantedAt,
            Instant expiresAt) {
    }

    /**
     * Records the menprövning and opens the unit's cases of the person to the current user for reading. The caller
     * (the client file) has validated the reason and checked that the person has a case in that other unit.
     */
    @Transactional
    public GrantView grant(long personId, String unitId, String reason) {
        KasusUser user = access.currentUser();
        String why = requireReason(reason);
        if (!access.may(user, Permission.CLIENT_FILE_READ)) {
            access.refuse(user, "menprövning", personId, null, "Saknar behörighet " + Permission.CLIENT_FILE_READ);
        }
        Instant now = clock.instant();
        CrossUnitGrant grant = grants.save(new CrossUnitGrant(user.username(), personId, unitId, why, now,
                now.plus(properties.crossUnitValidity())));
        audit.record(new AuditEvent(user.username(), AuditAction.CROSS_UNIT_ACCESS, "klientakt", personId, null,
                "Menprövning, läsrätt i enhet " + unitId + " till " + grant.toView().expiresAt() + ": " + why));
        return grant.toView();
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("a menprövning needs a reason of at most " + MAX_REASON + " characters");
        }
        return reason.strip();
    }
}
