package se.kasus.access;

/** A refused read or write; the message is shown to the user, so it is Swedish and names no client data. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
