package se.kasus.frister;

/** The filter named a kind of deadline that does not exist. */
public class UnknownFristKindException extends RuntimeException {

    public UnknownFristKindException(String kind, java.util.List<String> known) {
        super("Okänd typ av frist: " + abbreviate(kind) + ". Giltiga typer: " + String.join(", ", known) + ".");
    }

    private static String abbreviate(String kind) {
        return kind.length() > 40 ? kind.substring(0, 40) + "…" : kind;
    }
}
