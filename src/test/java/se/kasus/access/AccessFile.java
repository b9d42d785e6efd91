package se.kasus.access;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.Yaml;

/**
 * The canonical {@code config/access.yml}, read straight from disk with a plain YAML parser, not through the
 * application's binding: the expectation the matrix tests hold the running application to. A cell not named is no
 * right; {@code law-areas} absent is every law area.
 */
public record AccessFile(Map<Role, Map<Permission, AccessScope>> cells, Map<Role, Set<LawArea>> lawAreas) {

    public static final Path CANONICAL = Path.of("config", "access.yml");

    public static AccessFile canonical() {
        try (InputStream in = Files.newInputStream(CANONICAL)) {
            return parse(new Yaml().load(in));
        } catch (IOException e) {
            throw new IllegalStateException("kan inte läsa " + CANONICAL.toAbsolutePath(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static AccessFile parse(Map<String, Object> root) {
        Map<String, Object> roles = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) root
                .get("kasus")).get("access")).get("matrix");
        Map<Role, Map<Permission, AccessScope>> cells = new EnumMap<>(Role.class);
        Map<Role, Set<LawArea>> areas = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            Map<String, Object> row = (Map<String, Object>) roles.getOrDefault(role.groupId(), Map.of());
            Map<Permission, AccessScope> granted = new EnumMap<>(Permission.class);
            ((Map<String, Map<String, String>>) row.getOrDefault("rights", Map.of())).forEach((resource, actions) ->
                    actions.forEach((action, scope) -> granted.put(Permission.of(
                            AccessResource.fromKey(resource).orElseThrow(), AccessAction.fromKey(action).orElseThrow())
                            .orElseThrow(), AccessScope.fromKey(scope).orElseThrow())));
            granted.values().remove(AccessScope.NONE);
            cells.put(role, granted);
            List<String> named = (List<String>) row.get("law-areas");
            Set<LawArea> covered = EnumSet.allOf(LawArea.class);
            if (named != null && !named.isEmpty()) {
                covered = EnumSet.noneOf(LawArea.class);
                for (String key : named) {
                    covered.add(LawArea.fromKey(key).orElseThrow());
                }
            }
            areas.put(role, covered);
        }
        return new AccessFile(cells, areas);
    }

    public AccessScope scope(Role role, Permission permission) {
        return cells.get(role).getOrDefault(permission, AccessScope.NONE);
    }

    public boolean grants(Role role, Permission permission) {
        return scope(role, permission) != AccessScope.NONE;
    }

    /** The same file with one right taken away: what a test configuration that removes it should give. */
    public AccessFile without(Role role, Permission permission) {
        Map<Role, Map<Permission, AccessScope>> copy = new EnumMap<>(Role.class);
        cells.forEach((r, c) -> copy.put(r, new EnumMap<>(c)));
        copy.get(role).remove(permission);
        return new AccessFile(copy, lawAreas);
    }
}
