package se.kasus.casework;

public enum AppealStatus {
    RECEIVED("Inkommet"),
    DISMISSED("Avvisat, för sent"),
    CHANGED_ON_RECONSIDERATION("Beslutet ändrat vid omprövning"),
    FORWARDED("Överlämnat till förvaltningsrätten"),
    JUDGED("Dom meddelad");

    private final String label;

    AppealStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
