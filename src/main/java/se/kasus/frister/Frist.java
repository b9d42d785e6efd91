package se.kasus.frister;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One running legal deadline in the deadline view.
 *
 * @param kind             the frist key from the model, e.g. {@code KOMMUNICERING_SVARSFRIST}
 * @param lawToCheck       the law reference is marked "check" in the data: confirm before relying on it
 * @param personName       the client's name; never an address or personnummer
 * @param assignee         who has taken the task; {@code null} for a timer or an unclaimed task
 * @param candidateGroups  the task's groups when nobody has taken it
 * @param caseResponsible  for a timer: the case's responsible caseworker
 * @param due              when the engine's timer fires or the task falls due
 * @param lastDay          the last day of the deadline, Swedish time: a deadline due at midnight ends the day before
 * @param daysLeft         days from today (Swedish time) to the last day; negative when overdue
 * @param overdue          the due time has passed
 */
public record Frist(String kind, String label, String law, boolean lawToCheck, long caseId, long personId,
        String personName, boolean protectedIdentity, String assignee, List<String> candidateGroups,
        String caseResponsible, String taskId, String processKey, String activityId, Instant due, LocalDate lastDay,
        long daysLeft, boolean overdue) {
}
