package se.kasus.registry;

/** The details of a new person are incomplete or too long. The message is Swedish and fit to show to the user. */
public class InvalidPersonException extends RuntimeException {

    public InvalidPersonException(String message) {
        super(message);
    }
}
