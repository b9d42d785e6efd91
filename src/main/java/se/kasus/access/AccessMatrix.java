package se.kasus.access;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The behörighetsmatris as the application holds it, read once from {@link AccessProperties}: for each role the scope
 * of each permission and the law areas its rights on cases cover. {@link AccessControl} enforces it; the engine's
 * authorizations and the page "Behörigheter" are derived from it.
 */
@Component
public class AccessMatrix {

    private final Map<Role, Map<Permission, AccessScope>> cells = new EnumMap<>(Role.class);
    private final Map<Role, Set<LawArea>> lawAreas = new EnumMap<>(Role.class);

    AccessMatrix(AccessProperties properties) {
        for (Role role : Role.values()) {
            cells.put(role, Collections.unmodifiableMap(properties.cellsOf(role)));
            lawAreas.put(role, Collections.unmodifiableSet(properties.lawAreasOf(role)));
        }
    }

    /** The scope in which the role holds the permission; {@link AccessScope#NONE} when it does not. */
    public AccessScope scopeOf(Role role, Permission permission) {
        return cells.get(role).getOrDefault(permission, AccessScope.NONE);
    }

    public boolean grants(Role role, Permission permission) {
        return scopeOf(role, permission) != AccessScope.NONE;
    }

    /** The permissions the role holds in some scope. */
    public Set<Permission> permissionsOf(Role role) {
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        cells.get(role).forEach((permission, scope) -> {
            if (scope != AccessScope.NONE) {
                granted.add(permission);
            }
        });
        return granted;
    }

    /** The law areas the role's rights on a case cover. */
    public Set<LawArea> lawAreasOf(Role role) {
        return lawAreas.get(role);
    }

    /** Whether the role's rights on cases are limited to some law areas. */
    public boolean limitsLawAreas(Role role) {
        return lawAreas.get(role).size() < LawArea.values().length;
    }
}
