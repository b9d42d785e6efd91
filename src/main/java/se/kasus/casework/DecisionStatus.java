package se.kasus.casework;

public enum DecisionStatus {
    /** Förslag till beslut, waiting for the decision-maker. */
    PROPOSED("Förslag"),
    /** Sent back (återremitterat) by the decision-maker. */
    RETURNED("Återremitterat"),
    /** Replaced by a later proposal, e.g. after kommunicering. */
    SUPERSEDED("Ersatt"),
    /** Decided: the only state that is a legal decision. */
    DECIDED("Beslutat");

    private final String label;

    DecisionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
