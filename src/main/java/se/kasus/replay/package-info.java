/**
 * Ärendehistorik, the auditor's replay of a case: every step its processes took (called subprocesses expanded),
 * who did it and when, what was decided and why, the timers that fired and the escalations, and the path taken
 * through the exact version of each process diagram. Read only: it reads the engine's history (through
 * {@code engine.ProcessHistory}), the casework's records (through {@code casework.CaseReview}) and the audit log,
 * and changes none of them.
 */
package se.kasus.replay;
