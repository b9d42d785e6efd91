package se.kasus.access;

import java.util.Arrays;
import java.util.Optional;

/** What a right is about: the rows of the behörighetsmatris in {@code config/access.yml}. */
public enum AccessResource {
    PERSON("person", "Person i personregistret"),
    PROTECTED_PERSON("protected-person", "Person med skyddade personuppgifter"),
    CASE("case", "Ärende"),
    JOURNAL("journal", "Journal"),
    DECISION("decision", "Beslut"),
    DOCUMENT("document", "Dokumentation"),
    ORDER("order", "Beställning"),
    TIME_REPORT("time-report", "Tidrapport"),
    INVOICE_BASIS("invoice-basis", "Ersättningsunderlag"),
    FEE("fee", "Avgift"),
    AUDIT_LOG("audit-log", "Loggen"),
    CASE_HISTORY("case-history", "Ärendehistorik"),
    DEADLINE("deadline", "Frister"),
    PROCESS_ADMIN("process-admin", "Processer och motor"),
    /** No right on statistics exists yet: the row is there so that the first one has its place. */
    STATISTICS("statistics", "Statistik");

    private final String key;
    private final String label;

    AccessResource(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name used in {@code config/access.yml}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<AccessResource> fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
