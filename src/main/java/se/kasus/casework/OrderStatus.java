package se.kasus.casework;

/** Where an order stands: sent and waiting for the utförare, accepted, rejected, or withdrawn unanswered. */
public enum OrderStatus {
    SKICKAD("Väntar på svar"), ACCEPTERAD("Accepterad"), AVVISAD("Avvisad"), EJ_BESVARAD("Ej besvarad i tid");

    private final String label;

    OrderStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
