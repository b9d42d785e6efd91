package se.kasus.provision;

/** The time bands of an hourly price (config/ersattning.yml, rules.dayStart/eveningStart). */
public enum TimeBand {
    VARDAG_DAG("Vardag dag"), VARDAG_KVALL("Vardag kväll"), HELG("Helg");

    private final String label;

    TimeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
