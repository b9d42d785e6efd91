package se.kasus.casework;

import se.kasus.access.LawArea;

/** Kinds of case, each driven by one BPMN process; the law it applies is stored on each decision as data. */
public enum CaseType {
    /** Bistånd inom äldreomsorgen, SoL (2025:400) 11 kap. 1 §. */
    SOL_ALDRE_BISTAND("aldreomsorg-bistand", "Bistånd inom äldreomsorgen (SoL)", "ÄO", LawArea.ALDREOMSORG),
    BARN_UNGA("barn-utredning", "Barn och unga (SoL)", "BU", LawArea.BARN_UNGA),
    /** Ekonomiskt bistånd (försörjningsstöd), SoL (2025:400) 12 kap. 1 §. */
    EKONOMISKT_BISTAND("ekb-bistand", "Ekonomiskt bistånd (SoL)", "EB", LawArea.EKONOMISKT_BISTAND),
    /** Snabbupplysning till domstol, föräldrabalken (1949:381) 6 kap. 20 §. */
    FR_SNABBUPPLYSNING("familjeratt-snabbupplysning", "Snabbupplysning till domstol (FB)", "FR",
            LawArea.FAMILJERATT),
    /** Informationssamtal, föräldrabalken (1949:381) 6 kap. 25 §. */
    FR_INFORMATIONSSAMTAL("familjeratt-informationssamtal", "Informationssamtal (FB)", "FR", LawArea.FAMILJERATT),
    /** Vårdnads-, boende- och umgängesutredning på domstolens uppdrag, föräldrabalken (1949:381) 6 kap. 19 §. */
    FR_VBU_UTREDNING("familjeratt-vbu-utredning", "Vårdnads-, boende- och umgängesutredning (FB)", "FR",
            LawArea.FAMILJERATT);

    private final String processKey;
    private final String label;
    private final String referencePrefix;
    private final LawArea lawArea;

    CaseType(String processKey, String label, String referencePrefix, LawArea lawArea) {
        this.processKey = processKey;
        this.label = label;
        this.referencePrefix = referencePrefix;
        this.lawArea = lawArea;
    }

    /** The law the case is handled under; access may be limited per law area (config/access.yml). */
    public LawArea lawArea() {
        return lawArea;
    }

    /** The prefix of the case's reference, "ÄO-12": what staff say and write on letters. */
    public String referencePrefix() {
        return referencePrefix;
    }

    public String processKey() {
        return processKey;
    }

    public String label() {
        return label;
    }
}
