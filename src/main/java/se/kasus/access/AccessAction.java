package se.kasus.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a right lets one do with a resource: the columns of the behörighetsmatris. The five of the issue, and three
 * more where an existing right is neither of them: registering a case is not working it (the enhetschef works cases
 * but does not register them), verifying the log's chain is not reading its entries (the systemförvaltare), and
 * correcting another's time report is more than reporting one's own (the utförare's samordnare).
 */
public enum AccessAction {
    SEE_EXISTENCE("see-existence", "Se att det finns"),
    READ("read", "Läsa"),
    CREATE("create", "Registrera"),
    WRITE("write", "Skriva"),
    CORRECT("correct", "Rätta"),
    DECIDE("decide", "Besluta/attestera"),
    VERIFY("verify", "Verifiera"),
    EXPORT("export", "Köra och exportera");

    private final String key;
    private final String label;

    AccessAction(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<AccessAction> fromKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
    }
}
