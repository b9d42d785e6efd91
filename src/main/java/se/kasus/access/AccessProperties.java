package se.kasus.access;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The behörighetsmatris, read from {@code config/access.yml}, which the system administrator maintains: per role, per
 * resource and action a scope ({@code own-unit}, {@code all-units}), and the law areas the role's rights on cases
 * cover. A name the code does not know stops the start with a message naming it: a misspelt right must not silently
 * become no right (or, worse, go unnoticed as a right nobody checks).
 */
@ConfigurationProperties("kasus.access")
public record AccessProperties(Map<String, RoleRights> matrix, Duration crossUnitValidity) {

    /** How long a menprövning opens another unit's cases when the configuration does not say: one working day. */
    static final Duration DEFAULT_CROSS_UNIT_VALIDITY = Duration.ofHours(8);

    /** One role's row in the file: law areas (empty: all) and resource → action → scope. */
    public record RoleRights(List<String> lawAreas, Map<String, Map<String, String>> rights) {
    }

    public AccessProperties {
        matrix = matrix == null ? Map.of() : Map.copyOf(matrix);
        crossUnitValidity = crossUnitValidity == null ? DEFAULT_CROSS_UNIT_VALIDITY : crossUnitValidity;
        matrix.forEach(AccessProperties::validate);
    }

    /** The law areas the role's rights on a case cover: all of them unless the file names some. */
    Set<LawArea> lawAreasOf(Role role) {
        RoleRights row = matrix.get(role.groupId());
        if (row == null || row.lawAreas() == null || row.lawAreas().isEmpty()) {
            return EnumSet.allOf(LawArea.class);
        }
        Set<LawArea> areas = EnumSet.noneOf(LawArea.class);
        row.lawAreas().forEach(key -> areas.add(LawArea.fromKey(key).orElseThrow()));
        return areas;
    }

    /** The role's cells, permission → scope; a cell the file does not name is absent. */
    Map<Permission, AccessScope> cellsOf(Role role) {
        RoleRights row = matrix.get(role.groupId());
        Map<Permission, AccessScope> cells = new EnumMap<>(Permission.class);
        if (row == null || row.rights() == null) {
            return cells;
        }
        row.rights().forEach((resource, actions) -> actions.forEach((action, scope) -> cells.put(
                Permission.of(AccessResource.fromKey(resource).orElseThrow(), AccessAction.fromKey(action).orElseThrow())
                        .orElseThrow(),
                AccessScope.fromKey(scope).orElseThrow())));
        return cells;
    }

    private static void validate(String roleKey, RoleRights row) {
        String where = "config/access.yml, kasus.access.matrix." + roleKey;
        if (Role.fromGroupId(roleKey).isEmpty()) {
            throw new IllegalArgumentException(where + ": okänd roll (kända: " + keys(Role.values()) + ")");
        }
        if (row.lawAreas() != null) {
            row.lawAreas().stream().filter(key -> LawArea.fromKey(key).isEmpty()).findFirst().ifPresent(key -> {
                throw new IllegalArgumentException(where + ".law-areas: okänt rättsområde " + key);
            });
        }
        if (row.rights() == null) {
            return;
        }
        row.rights().forEach((resourceKey, actions) -> {
            AccessResource resource = AccessResource.fromKey(resourceKey).orElseThrow(() -> new IllegalArgumentException(
                    where + ".rights: okänd resurs " + resourceKey));
            actions.forEach((actionKey, scopeKey) -> {
                String cell = where + ".rights." + resourceKey + "." + actionKey;
                AccessAction action = AccessAction.fromKey(actionKey).orElseThrow(() -> new IllegalArgumentException(
                        cell + ": okänd handling"));
                if (Permission.of(resource, action).isEmpty()) {
                    throw new IllegalArgumentException(cell + ": ingen behörighet i Kasus svarar mot den cellen");
                }
                if (AccessScope.fromKey(scopeKey).isEmpty()) {
                    throw new IllegalArgumentException(cell + ": okänd omfattning " + scopeKey
                            + " (own-unit, all-units eller none)");
                }
            });
        });
    }

    private static String keys(Role[] roles) {
        Map<String, Role> byKey = new LinkedHashMap<>();
        for (Role role : roles) {
            byKey.put(role.groupId(), role);
        }
        return String.join(", ", byKey.keySet());
    }
}
