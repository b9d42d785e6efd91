package se.kasus.casework;

/** A case record that does not exist (or no longer exists); the message is shown to the user. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
