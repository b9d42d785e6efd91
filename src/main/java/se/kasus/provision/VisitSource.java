package se.kasus.provision;

/** Where a visit row came from. */
public enum VisitSource {
    MOBIL("Mobil"), IMPORT("Import"), KORRIGERING("Korrigering");

    private final String label;

    VisitSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
