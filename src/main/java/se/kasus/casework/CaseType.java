package se.kasus.casework;

/** Kinds of case, each driven by one BPMN process; the law it applies is stored on each decision as data. */
public enum CaseType {
    /** Bistånd inom äldreomsorgen, SoL (2025:400) 11 kap. 1 §. */
    SOL_ALDRE_BISTAND("aldreomsorg-bistand", "Bistånd inom äldreomsorgen (SoL)"),
    BARN_UNGA("barn-utredning", "Barn och unga (SoL)");

    private final String processKey;
    private final String label;

    CaseType(String processKey, String label) {
        this.processKey = processKey;
        this.label = label;
    }

    public String processKey() {
        return processKey;
    }

    public String label() {
        return label;
    }
}
