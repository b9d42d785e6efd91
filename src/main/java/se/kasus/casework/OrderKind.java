package se.kasus.casework;

/** What an order asks of the utförare: a new insats, a change of a running one, or its end. */
public enum OrderKind {
    NY("Ny beställning"), ANDRING("Ändring"), UPPHORANDE("Upphörande");

    private final String label;

    OrderKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
