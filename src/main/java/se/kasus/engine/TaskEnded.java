package se.kasus.engine;

/**
 * A user task ended without being completed: a timer cancelled it, or its process was cancelled. Published inside
 * the engine's transaction, so listeners can tidy up what belonged to the task (its drafts) in the same commit.
 */
public record TaskEnded(String taskId) {
}
