package se.kasus.access;

import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;
import se.kasus.registry.PersonView;

/**
 * The one place that decides whether the current user may read or write client data. A refusal is written to the
 * audit log in its own transaction, so it survives the rollback of the request that was refused.
 */
@Service
public class AccessControl {

    private final AccessMatrix matrix;
    private final AuditLog auditLog;
    private final UserDirectory directory;
    private final CrossUnitGrantRepository crossUnitGrants;
    private final Clock clock;

    AccessControl(AccessMatrix matrix, AuditLog auditLog, UserDirectory directory,
            CrossUnitGrantRepository crossUnitGrants, Clock clock) {
        this.matrix = matrix;
        this.auditLog = auditLog;
        this.directory = directory;
        this.crossUnitGrants = crossUnitGrants;
        this.clock = clock;
    }

    /** The logged-in member of staff; refused when nobody (or a non-staff principal) is logged in. */
    public KasusUser currentUser() {
        return findCurrentUser().orElseThrow(() -> new AccessDeniedException("Du är inte inloggad."));
    }

    public Optional<KasusUser> findCurrentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof KasusUserDetails details) {
            // Read afresh: a user deactivated or moved to another unit loses the old rights at once, not at logout.
            return directory.find(details.user().username());
        }
        return Optional.empty();
    }

    public boolean may(KasusUser user, Permission permission) {
        return holders(user, permission).findAny().isPresent();
    }

    /** Requires a permission that is not tied to a unit (search, audit). */
    public KasusUser require(Permission permission, String resource) {
        KasusUser user = currentUser();
        if (!may(user, permission)) {
            refuse(user, resource, null, null, "Saknar behörighet " + permission);
        }
        return user;
    }

    /**
     * Requires a permission on a client's data held by a unit: the user needs the permission and, where the matrix
     * gives it for the own unit only, must belong to that unit.
     */
    public KasusUser requireInUnit(Permission permission, String unitId, String resource, Long personId, Long caseId) {
        return requireInUnit(permission, unitId, null, resource, personId, caseId);
    }

    /**
     * Requires a permission on a case: as {@link #requireInUnit(Permission, String, String, Long, Long)}, and the
     * case's law area must be among those the role's rights cover (a familjerättssekreterare works family-law cases
     * only, whatever unit the case is in). {@code lawArea} null: a right not bound to one case.
     */
    public KasusUser requireInUnit(Permission permission, String unitId, LawArea lawArea, String resource,
            Long personId, Long caseId) {
        KasusUser user = currentUser();
        if (!may(user, permission)) {
            refuse(user, resource, personId, caseId, "Saknar behörighet " + permission);
        }
        boolean inUnit = holders(user, permission)
                .anyMatch(role -> matrix.scopeOf(role, permission).holdsIn(user, unitId));
        // asked only outside the own unit: it reads the grants table
        boolean opened = !inUnit && openedByMenprovning(user, permission, unitId, personId);
        if (!inUnit && !opened) {
            refuse(user, resource, personId, caseId, "Annan enhet: " + unitId);
        }
        if (lawArea != null && holders(user, permission).noneMatch(role -> reaches(user, role, permission, unitId,
                opened) && matrix.lawAreasOf(role).contains(lawArea))) {
            refuse(user, resource, personId, caseId, "Rättsområde utanför behörigheten: " + lawArea.key());
        }
        return user;
    }

    /**
     * Whether the user's permission covers cases of the law area: for lists that span cases (the inbox, the client
     * file, the deadlines), which show no case the user could not open.
     */
    public boolean coversLawArea(KasusUser user, Permission permission, LawArea lawArea) {
        return holders(user, permission).anyMatch(role -> matrix.lawAreasOf(role).contains(lawArea));
    }

    /** The scope the user holds the permission in: the widest of the user's roles. */
    public AccessScope scopeOf(KasusUser user, Permission permission) {
        if (holders(user, permission).anyMatch(role -> matrix.scopeOf(role, permission) == AccessScope.ALL_UNITS)) {
            return AccessScope.ALL_UNITS;
        }
        return may(user, permission) ? AccessScope.OWN_UNIT : AccessScope.NONE;
    }

    private Stream<Role> holders(KasusUser user, Permission permission) {
        return user.roles().stream().filter(role -> matrix.grants(role, permission));
    }

    private boolean reaches(KasusUser user, Role role, Permission permission, String unitId, boolean opened) {
        return opened || matrix.scopeOf(role, permission).holdsIn(user, unitId);
    }

    /**
     * The other units whose cases of this person the user may read now, after a recorded menprövning
     * ({@link CrossUnitAccess}); empty for everyone else.
     */
    public Set<String> unitsOpenedByMenprovning(KasusUser user, long personId) {
        return crossUnitGrants.findByUsernameAndPersonIdAndExpiresAtAfter(user.username(), personId, clock.instant())
                .stream().map(CrossUnitGrant::unitId).collect(Collectors.toSet());
    }

    /**
     * Skyddade personuppgifter: what this user may see of the person. Never the address (letters go through
     * Skatteverket); the name and personnummer only with {@link Permission#PROTECTED_IDENTITY_READ} in a unit that
     * holds one of the person's cases, or one opened by a menprövning. To everyone else, in every list, search and
     * export, the person is "Skyddade personuppgifter".
     *
     * @param unitsHoldingCases the units that hold a case of the person (empty when the caller has no case context)
     */
    public PersonView disclosed(KasusUser user, PersonView person, Collection<String> unitsHoldingCases) {
        if (!person.protectedIdentity()) {
            return person;
        }
        boolean needsName = may(user, Permission.PROTECTED_IDENTITY_READ)
                && (unitsHoldingCases.stream().anyMatch(user::belongsTo) || unitsHoldingCases.stream()
                        .anyMatch(unitsOpenedByMenprovning(user, person.id())::contains));
        return needsName ? person.withoutAddress() : person.masked();
    }

    /** A menprövning opens reading only: never work, decisions or the journal in another unit. */
    private boolean openedByMenprovning(KasusUser user, Permission permission, String unitId, Long personId) {
        return permission == Permission.CLIENT_FILE_READ && personId != null
                && unitsOpenedByMenprovning(user, personId).contains(unitId);
    }

    /** Refuses, writing the refusal to the audit log in a transaction of its own so it outlives the rollback. */
    public void refuse(KasusUser user, String resource, Long personId, Long caseId, String why) {
        auditLog.recordIndependently(new AuditEvent(user.username(), AuditAction.DENIED, resource, personId, caseId, why));
        throw new AccessDeniedException("Du har inte behörighet till detta.");
    }
}
