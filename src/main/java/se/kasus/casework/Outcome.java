package se.kasus.casework;

/** Utfall of a decision. Anything but a full bifall goes against the applicant and must be communicated first. */
public enum Outcome {
    BIFALL("Bifall"), DELVIS_BIFALL("Delvis bifall"), AVSLAG("Avslag");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean againstApplicant() {
        return this != BIFALL;
    }
}
