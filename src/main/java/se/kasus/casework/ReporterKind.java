package se.kasus.casework;

/**
 * Who made an orosanmälan. Authorities and professionals that work with children have anmälningsskyldighet and may
 * not be anonymous; a private person may.
 */
public enum ReporterKind {
    ANONYM("Anonym anmälare", false),
    PRIVATPERSON("Privatperson", false),
    SKOLA("Skola eller förskola", true),
    POLIS("Polisen", true),
    HALSO_OCH_SJUKVARD("Hälso- och sjukvården", true),
    ANNAN_MYNDIGHET("Annan myndighet", true);

    private final String label;
    private final boolean mandated;

    ReporterKind(String label, boolean mandated) {
        this.label = label;
        this.mandated = mandated;
    }

    public String label() {
        return label;
    }

    /** Whether the reporter has anmälningsskyldighet. */
    public boolean mandated() {
        return mandated;
    }
}
