package se.kasus.fees;

/** Hushåll: decides the minimibelopp and whether the spouses' incomes are pooled and shared. */
public enum Household {
    ENSAMSTAENDE("Ensamstående"),
    /** Gift, registrerad partner or sambo: the combined net income is divided equally (SoL 32 kap., paragraph: check). */
    SAMMANBOENDE("Sammanboende eller gift");

    private final String label;

    Household(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
