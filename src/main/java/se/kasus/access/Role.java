package se.kasus.access;

import java.util.Arrays;
import java.util.Optional;

/** The roles of the municipality's staff and partners; the group id is what the engine sees as a candidate group. */
public enum Role {
    HANDLAGGARE("handlaggare", "Handläggare"),
    FORSTE_SOCIALSEKRETERARE("forste-socialsekreterare", "1:e socialsekreterare"),
    ENHETSCHEF("enhetschef", "Enhetschef"),
    NAMND("namnd", "Nämnd/utskott"),
    UTFORARE("utforare", "Utförare"),
    SYSTEMFORVALTARE("systemforvaltare", "Systemförvaltare"),
    REVISOR("revisor", "Revisor"),
    UTFORARE_SAMORDNARE("utforare-samordnare", "Samordnare hos utförare"),
    FAMILJERATTSSEKRETERARE("familjeratt", "Familjerättssekreterare");

    private final String groupId;
    private final String label;

    Role(String groupId, String label) {
        this.groupId = groupId;
        this.label = label;
    }

    public String groupId() {
        return groupId;
    }

    public String label() {
        return label;
    }

    public static Optional<Role> fromGroupId(String groupId) {
        return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
    }

    /** The candidate group for this role within one unit, e.g. {@code aldre-norr.enhetschef}. */
    public String teamIn(String unitId) {
        return unitId + "." + groupId;
    }
}
