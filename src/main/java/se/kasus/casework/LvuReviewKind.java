package se.kasus.casework;

/** LVU 13 §: care under 2 § is övervägd (first paragraph), care under 3 § prövad (second paragraph). */
public enum LvuReviewKind {
    OVERVAGANDE("Övervägande"),
    PROVNING("Prövning");

    private final String label;

    LvuReviewKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
