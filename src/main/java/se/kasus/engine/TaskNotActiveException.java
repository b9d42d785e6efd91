package se.kasus.engine;

/** The task does not exist or is no longer active: the process is not at that step. */
public class TaskNotActiveException extends RuntimeException {

    public TaskNotActiveException(String taskId) {
        super("Uppgiften är inte aktiv. Ärendet står inte vid det steget.");
    }
}
