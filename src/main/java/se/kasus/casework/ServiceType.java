package se.kasus.casework;

/** Insatser inom äldreomsorgen that an application or a decision concerns. */
public enum ServiceType {
    HEMTJANST("Hemtjänst"),
    TRYGGHETSLARM("Trygghetslarm"),
    MATDISTRIBUTION("Matdistribution"),
    DAGVERKSAMHET("Dagverksamhet"),
    KORTTIDSBOENDE("Korttidsboende"),
    SARSKILT_BOENDE("Särskilt boende");

    private final String label;

    ServiceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
