package se.kasus.casework;

/** Where one LVU stands. The three last are ends: nothing is written to the record after them but its failure. */
public enum LvuStatus {
    /** Started, nothing decided yet. */
    INLEDD("Inledd"),
    /** 6 § decided; not yet underställt. */
    OMHANDERTAGEN("Omedelbart omhändertagen"),
    /** Underställt förvaltningsrätten; its decision is awaited. */
    UNDERSTALLD("Underställd förvaltningsrätten"),
    /** The court let the omhändertagande stand. */
    OMHANDERTAGANDE_BESTAR("Omhändertagandet består"),
    /** Ansökan om vård lodged; the judgment is awaited. */
    ANSOKAN_INLAMNAD("Ansökan om vård inlämnad"),
    /** Care granted by the court; placement to be registered. */
    VARD_BESLUTAD("Vård beslutad"),
    /** Placed: care under LVU runs. */
    VARD_PAGAR("Vård pågår"),
    /** The court rejected the omhändertagande or the ansökan. */
    AVSLUTAD_AV_RATTEN("Avslutad av förvaltningsrätten"),
    /** A legal deadline was missed and the omhändertagande lapsed. */
    UPPHORT_FRIST("Upphört: frist missad"),
    /** The nämnd decided under 21 § that the care ends. */
    UPPHORT_21("Vården upphört (21 §)");

    private final String label;

    LvuStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean ended() {
        return this == AVSLUTAD_AV_RATTEN || this == UPPHORT_FRIST || this == UPPHORT_21;
    }
}
