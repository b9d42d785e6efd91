package se.kasus.replay;

import java.util.List;

import se.kasus.casework.CaseRecords;

/**
 * A case replayed: its records, each process run with the path it took, and one timeline of every step.
 *
 * @param processes every process instance of the case, in timeline order (a called process after its caller)
 * @param timeline  every step of every run; a called process's steps follow the call activity that started it
 */
public record CaseHistory(CaseRecords records, List<ProcessPath> processes, List<TimelineEntry> timeline) {
}
