package se.kasus.replay;

/** Where one step of a run is: still going on, done, or interrupted. */
public enum StepState {
    ACTIVE("Pågår"), DONE("Klar"), CANCELED("Avbruten");

    private final String label;

    StepState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
