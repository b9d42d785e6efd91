package se.kasus.casework;

/** How the utförare was chosen: by the client (kundval, LOV) or, when the client did not choose, the ickevalsalternativ. */
public enum ProviderChoice {
    KUNDVAL("Kundval"), ICKEVAL("Ickevalsalternativ");

    private final String label;

    ProviderChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
