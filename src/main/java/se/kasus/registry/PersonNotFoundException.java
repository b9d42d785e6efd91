package se.kasus.registry;

/** No person has the given id. The message is Swedish and fit to show to the user. */
public class PersonNotFoundException extends RuntimeException {

    public PersonNotFoundException(long id) {
        super("Det finns ingen person med id " + id + ".");
    }
}
