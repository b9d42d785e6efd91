package se.kasus.access;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * "Who can do what": the behörighetsmatris of {@code config/access.yml} as the application enforces it, for
 * the systemförvaltare who maintains it and the revisor who checks it. Only the configuration: no client data.
 */
@Service
public class AccessOverview {

    private final AccessControl access;
    private final AccessMatrix matrix;
    private final CrossUnitGrantRepository grants;
    private final Clock clock;

    AccessOverview(AccessControl access, AccessMatrix matrix, CrossUnitGrantRepository grants, Clock clock) {
        this.access = access;
        this.matrix = matrix;
        this.grants = grants;
        this.clock = clock;
    }

    /** One cell: the right the code checks there and the scope the role holds it in ({@code NONE}: not at all). */
    public record Cell(Permission permission, AccessScope scope) {

        public boolean granted() {
            return scope != AccessScope.NONE;
        }
    }

    /** One resource's row for a role: action → cell, only where Kasus has a right at that cell. */
    public record ResourceRow(AccessResource resource, Map<AccessAction, Cell> cells) {

        public Cell cell(AccessAction action) {
            return cells.get(action);
        }
    }

    /** One role's table: the law areas its rights on cases cover, and its resources × actions. */
    public record RoleTable(Role role, List<LawArea> lawAreas, boolean allLawAreas, List<ResourceRow> resources) {

        public boolean has(Permission permission) {
            return resources.stream().flatMap(r -> r.cells().values().stream())
                    .anyMatch(c -> c.permission() == permission && c.granted());
        }
    }

    public record Matrix(List<AccessAction> actions, List<RoleTable> roles) {
    }

    /** The matrix; for those who maintain or review access (PROCESS_ADMIN, AUDIT_READ). */
    public Matrix matrix() {
        requireReviewer();
        return new Matrix(List.of(AccessAction.values()), Arrays.stream(Role.values()).map(this::table).toList());
    }

    private RoleTable table(Role role) {
        List<ResourceRow> rows = Arrays.stream(AccessResource.values()).map(resource -> {
            Map<AccessAction, Cell> cells = new EnumMap<>(AccessAction.class);
            for (AccessAction action : AccessAction.values()) {
                Permission.of(resource, action).ifPresent(p -> cells.put(action, new Cell(p, matrix.scopeOf(role, p))));
            }
            return new ResourceRow(resource, cells);
        }).filter(row -> !row.cells().isEmpty()).toList();
        return new RoleTable(role, List.copyOf(matrix.lawAreasOf(role)), !matrix.limitsLawAreas(role), rows);
    }

    /** Whether a role has a permission, as the application decides it: for the person overview in casework. */
    public boolean roleMay(Role role, Permission permission) {
        return matrix.grants(role, permission);
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
