/**
 * Fristbevakning: the deadline view. Lists every running legal deadline (frist) of the user's unit with the days left,
 * overdue first, read from the engine's own timers and tasks at BPMN elements marked with the camunda:property
 * {@code frist}; labels and law references come from {@code config/frister.yml}. It is a read model: one set-based
 * SQL query per kind of engine object (timer jobs, open tasks) joined with the case table on the process instance's
 * business key, so the list stays fast with many running cases (issue 7) and never asks the engine row by row.
 */
package se.kasus.frister;
