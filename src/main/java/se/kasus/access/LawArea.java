package se.kasus.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * The law a case is handled under (rättsområde). Access can be limited per law area in {@code config/access.yml}
 * (a familjerättssekreterare works family-law cases only), and the socialregister names occurrences by it.
 */
public enum LawArea {
    /** Bistånd inom äldreomsorgen, SoL (2025:400). */
    ALDREOMSORG("aldreomsorg", "Äldreomsorg (SoL)"),
    /** Barn och unga, SoL (2025:400) and the child's investigation (11 kap. 2 §). */
    BARN_UNGA("barn-unga", "Barn och unga (SoL)"),
    /** Vård av unga, LVU (1990:52); runs within a child-welfare case. */
    LVU("lvu", "LVU"),
    /** Ekonomiskt bistånd, SoL (2025:400). */
    EKONOMISKT_BISTAND("ekonomiskt-bistand", "Ekonomiskt bistånd (SoL)"),
    /** Familjerätt, föräldrabalken (1949:381): snabbupplysning, vårdnad/boende/umgänge, informationssamtal. */
    FAMILJERATT("familjeratt", "Familjerätt (FB)"),
    /** Stöd och service till vissa funktionshindrade, LSS (1993:387). */
    LSS("lss", "LSS"),
    /** Vård av missbrukare i vissa fall, LVM (1988:870). */
    LVM("lvm", "LVM");

    private final String key;
    private final String label;

    LawArea(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name used in configuration files. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<LawArea> fromKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
    }
}
