package se.kasus.engine;

import java.time.Instant;

/**
 * A timer of a process run, from the engine's job log: when it was due, and whether and when it fired.
 *
 * @param firedAt  when the timer's job ran successfully; {@code null} when it has not (yet)
 * @param removed  the timer was removed without firing, e.g. a svarsfrist whose answer came in time
 * @param failures how many times its job failed
 */
public record TimerJob(String jobId, String activityId, Instant dueAt, Instant firedAt, boolean removed,
        int failures) {

    public boolean fired() {
        return firedAt != null;
    }

    public boolean waiting() {
        return firedAt == null && !removed;
    }
}
