package se.kasus.casework;

public enum CaseStatus {
    OPEN("Pågående"), CLOSED("Avslutat");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
