package se.kasus.access;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * "Who can do what": the role-to-permission matrix of {@code config/access.yml} as the application enforces it, for
 * the systemförvaltare who maintains it and the revisor who checks it. Only the configuration: no client data.
 */
@Service
public class AccessOverview {

    private final AccessControl access;
    private final AccessProperties matrix;
    private final CrossUnitGrantRepository grants;
    private final Clock clock;

    AccessOverview(AccessControl access, AccessProperties matrix, CrossUnitGrantRepository grants, Clock clock) {
        this.access = access;
        this.matrix = matrix;
        this.grants = grants;
        this.clock = clock;
    }

    /** One role's row: which permissions it has, in the order of {@link Permission}. */
    public record RoleRow(Role role, Set<Permission> granted) {

        public boolean has(Permission permission) {
            return granted.contains(permission);
        }
    }

    public record Matrix(List<Permission> permissions, List<RoleRow> roles) {
    }

    /** The matrix; for those who maintain or review access (PROCESS_ADMIN, AUDIT_READ). */
    public Matrix matrix() {
        requireReviewer();
        return new Matrix(List.of(Permission.values()), Arrays.stream(Role.values())
                .map(role -> new RoleRow(role, matrix.permissionsOf(role))).toList());
    }

    /** Whether a role has a permission, as the application decides it: for the person overview in casework. */
    public boolean roleMay(Role role, Permission permission) {
        return matrix.permissionsOf(role).contains(permission);
    }

    /** The menprövningar that open a person's cases right now, for the person overview. */
    public List<CrossUnitAccess.GrantView> activeGrants(long personId) {
        return grants.findByPersonIdAndExpiresAtAfter(personId, clock.instant()).stream()
                .map(CrossUnitGrant::toView).toList();
    }

    private void requireReviewer() {
        KasusUser user = access.currentUser();
        if (!access.may(user, Permission.PROCESS_ADMIN) && !access.may(user, Permission.AUDIT_READ)) {
            access.refuse(user, "behörigheter", null, null, "Saknar behörighet att granska behörigheter");
        }
    }
}
