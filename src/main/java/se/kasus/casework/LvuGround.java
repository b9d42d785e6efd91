package se.kasus.casework;

/** The ground for care under LVU (1990:52): the young person's home (2 §) or their own behaviour (3 §). */
public enum LvuGround {
    PAR_2("2 § (hemförhållandena)", LvuReviewKind.OVERVAGANDE),
    PAR_3("3 § (eget beteende)", LvuReviewKind.PROVNING);

    private final String label;
    private final LvuReviewKind reviewKind;

    LvuGround(String label, LvuReviewKind reviewKind) {
        this.label = label;
        this.reviewKind = reviewKind;
    }

    public String label() {
        return label;
    }

    /** LVU 13 §: care under 2 § is övervägd, care under 3 § is prövad. */
    LvuReviewKind reviewKind() {
        return reviewKind;
    }
}
