package se.kasus.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a right holds: in the user's own unit only (sekretess between units, OSL 26 kap.), in every unit, or not at
 * all ({@code none}: lets a configuration that overrides the file take one right away).
 */
public enum AccessScope {
    OWN_UNIT("own-unit", "egen enhet"),
    ALL_UNITS("all-units", "alla enheter"),
    NONE("none", "nej");

    private final String key;
    private final String label;

    AccessScope(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Whether a right with this scope holds in the given unit for this user. */
    boolean holdsIn(KasusUser user, String unitId) {
        return this == ALL_UNITS || this == OWN_UNIT && user.belongsTo(unitId);
    }

    public static Optional<AccessScope> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
