package se.kasus.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The role-to-permission matrix, read from {@code config/access.yml}, which the system administrator maintains. */
@ConfigurationProperties("kasus.access")
public record AccessProperties(Map<String, Set<Permission>> roles) {

    public AccessProperties {
        roles = roles == null ? Map.of() : Map.copyOf(roles);
    }

    Set<Permission> permissionsOf(Role role) {
        Set<Permission> granted = roles.get(role.groupId());
        return granted == null || granted.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(granted);
    }
}
