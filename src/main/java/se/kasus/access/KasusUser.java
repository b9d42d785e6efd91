package se.kasus.access;

import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;

/**
 * A logged-in member of staff: who they are, their unit and their roles. Serializable because it is the principal in
 * the HTTP session, which lives in the database (Spring Session JDBC) so that any node can serve it.
 */
public record KasusUser(String username, String displayName, String title, String unitId, Set<Role> roles)
        implements Serializable {

    /** Members of this group administer the engine in Camunda Admin and Cockpit. */
    public static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    public KasusUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean belongsTo(String otherUnitId) {
        return unitId != null && unitId.equals(otherUnitId);
    }

    /** The groups the engine sees: each role, the unit, each role within the unit, and Camunda's admin group. */
    public Set<String> groupIds() {
        Set<String> groups = new TreeSet<>();
        for (Role role : roles) {
            groups.add(role.groupId());
            if (unitId != null) {
                groups.add(role.teamIn(unitId));
            }
        }
        if (unitId != null) {
            groups.add(unitId);
        }
        if (has(Role.SYSTEMFORVALTARE)) {
            groups.add(CAMUNDA_ADMIN_GROUP);
        }
        return groups;
    }
}
