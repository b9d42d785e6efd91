package se.kasus.provision;

/** What became of a visit. */
public enum VisitStatus {
    /** Started on the phone, not yet stopped: not billed until it is. */
    PAGAR("Pågår"),
    UTFORD("Utförd"),
    INSTALLD_AV_KUND("Inställd av kund"),
    INSTALLD_AV_UTFORARE("Inställd av utförare");

    private final String label;

    VisitStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
