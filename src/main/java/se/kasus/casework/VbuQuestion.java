package se.kasus.casework;

/** What the court asks a vbu-utredning (FB 6 kap. 19 §) about; one uppdrag may cover several. */
public enum VbuQuestion {
    VARDNAD("Vårdnad"), BOENDE("Boende"), UMGANGE("Umgänge");

    private final String label;

    VbuQuestion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
