package se.kasus.registry;

/**
 * The input is not a valid personnummer or samordningsnummer. The message is one Swedish sentence, fit to show to
 * the user, naming the rule that failed. It never contains the whole number, because exception messages end up in
 * logs and a personnummer is personal data.
 */
public class InvalidPersonnummerException extends RuntimeException {

    public InvalidPersonnummerException(String message) {
        super(message);
    }
}
