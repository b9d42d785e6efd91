/**
 * Konsistenskontroll: the cross-check of the domain records against the engine's state, for a cluster where a node may
 * die in the middle of a request. Every open case must have exactly one running root process instance of its process
 * (business key = case id) and a closed case none; every running root instance must belong to a case; a step record
 * (utredning, kommunicering, uppföljning, fattat beslut, barnutredning) must not outnumber the completed tasks that
 * write it. Read only.
 *
 * <p>It reads the casework's tables and the engine's tables directly, in a few set-based queries, on purpose: it checks
 * that the two stores agree, so it must not trust the code that writes them (the casework service, the engine facade),
 * and going through them would cost a query per case.
 */
package se.kasus.consistency;
