package se.kasus.provision;

/** The month is attested or past its lock date (spärrdatum): its visits no longer change. */
public class PeriodClosedException extends RuntimeException {

    PeriodClosedException(String message) {
        super(message);
    }
}
