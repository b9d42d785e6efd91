package se.kasus.letters;

/**
 * The outcome of a decision on an application, with the Swedish label printed in the letter.
 */
public enum Outcome {
    BIFALL("Bifall"),
    DELVIS_BIFALL("Delvis bifall"),
    AVSLAG("Avslag");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether something is granted, i.e. the letter has a service, scope and period to print. */
    public boolean grantsService() {
        return this != AVSLAG;
    }
}
