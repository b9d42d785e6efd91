package se.kasus.provision;

/** A timed visit (besök) or a count of meal deliveries (matlådor) on one day. */
public enum VisitKind {
    BESOK("Besök"), LEVERANS("Leverans");

    private final String label;

    VisitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
