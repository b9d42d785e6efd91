package se.kasus.registry;

/**
 * A person with the same personnummer is already registered. The message is Swedish and deliberately leaves the
 * number out, because exception messages end up in logs.
 */
public class DuplicatePersonException extends RuntimeException {

    public DuplicatePersonException() {
        super("Det finns redan en person med det personnumret.");
    }

    public DuplicatePersonException(Throwable cause) {
        super("Det finns redan en person med det personnumret.", cause);
    }
}
