package se.kasus.casework;

/** How an orosanmälan reached the social services. */
public enum ChildReportChannel {
    TELEFON("Telefon"), BREV("Brev"), E_POST("E-post"), BESOK("Besök"), API("Digitalt från annan myndighet");

    private final String label;

    ChildReportChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
