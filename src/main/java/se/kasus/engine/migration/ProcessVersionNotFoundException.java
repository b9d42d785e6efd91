package se.kasus.engine.migration;

/** No process with that key, or no such version of it. */
public class ProcessVersionNotFoundException extends RuntimeException {

    public ProcessVersionNotFoundException(String message) {
        super(message);
    }
}
