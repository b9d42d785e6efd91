package se.kasus.access;

import java.util.EnumSet;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The role-to-permission matrix, read from {@code config/access.yml}, which the system administrator maintains. */
@ConfigurationProperties("kasus.access")
public record AccessProperties(Map<String, Set<Permission>> roles, Duration crossUnitValidity) {

    /** How long a menprövning opens another unit's cases when the configuration does not say: one working day. */
    static final Duration DEFAULT_CROSS_UNIT_VALIDITY = Duration.ofHours(8);

    public AccessProperties {
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        crossUnitValidity = crossUnitValidity == null ? DEFAULT_CROSS_UNIT_VALIDITY : crossUnitValidity;
    }

    Set<Permission> permissionsOf(Role role) {
        Set<Permission> granted = roles.get(role.groupId());
        return granted == null || granted.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(granted);
    }
}
