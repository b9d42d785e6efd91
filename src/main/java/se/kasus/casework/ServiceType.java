package se.kasus.casework;

import java.util.Arrays;
import java.util.List;

/** Insatser that an application or a decision concerns, each belonging to the kind of case that grants it. */
public enum ServiceType {
    HEMTJANST("Hemtjänst"),
    TRYGGHETSLARM("Trygghetslarm"),
    MATDISTRIBUTION("Matdistribution"),
    DAGVERKSAMHET("Dagverksamhet"),
    KORTTIDSBOENDE("Korttidsboende"),
    SARSKILT_BOENDE("Särskilt boende"),
    // Insatser för barn och unga under SoL, given with the guardians' consent (and the child's from 15 years).
    KONTAKTPERSON("Kontaktperson", CaseType.BARN_UNGA),
    KONTAKTFAMILJ("Kontaktfamilj", CaseType.BARN_UNGA),
    OPPENVARD("Öppenvård", CaseType.BARN_UNGA),
    FAMILJEHEM("Familjehem", CaseType.BARN_UNGA),
    HVB("Hem för vård eller boende (HVB)", CaseType.BARN_UNGA),
    /** Försörjningsstöd for one month, SoL (2025:400) 12 kap. 1 §: the only benefit of an EKB case so far. */
    FORSORJNINGSSTOD("Försörjningsstöd", CaseType.EKONOMISKT_BISTAND);

    private final String label;
    private final CaseType caseType;

    ServiceType(String label) {
        this(label, CaseType.SOL_ALDRE_BISTAND);
    }

    ServiceType(String label, CaseType caseType) {
        this.label = label;
        this.caseType = caseType;
    }

    public String label() {
        return label;
    }

    public CaseType caseType() {
        return caseType;
    }

    /** The insatser a case of this kind may concern: an äldreomsorg form never offers a child's placement. */
    public static List<ServiceType> of(CaseType caseType) {
        return Arrays.stream(values()).filter(t -> t.caseType == caseType).toList();
    }
}
