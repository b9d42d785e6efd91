package se.kasus.engine;

/** The task was completed, claimed or changed by someone else first. */
public class TaskConflictException extends RuntimeException {

    public TaskConflictException(String message) {
        super(message);
    }
}
