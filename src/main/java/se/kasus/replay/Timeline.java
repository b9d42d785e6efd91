package se.kasus.replay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import se.kasus.engine.HistoryStep;
import se.kasus.engine.ProcessModel;
import se.kasus.engine.ProcessRun;
import se.kasus.engine.StepType;

/**
 * Lays a case's runs out as one timeline: each run's steps in the engine's order, a called process's steps right
 * after the call activity that started it, one level deeper; a run nobody called (the case's own process, or an
 * appeal that arrived after the case closed) starts at the top level, in the order the runs started.
 */
final class Timeline {

    private final Map<String, ProcessRun> runs = new LinkedHashMap<>();
    private final Function<String, ProcessModel> models;
    private final RecordLinks links;
    private final Completions completions;
    private final Set<String> laidOut = new HashSet<>();
    private final List<TimelineEntry> entries = new ArrayList<>();
    private final List<ProcessPath> paths = new ArrayList<>();

    Timeline(List<ProcessRun> runs, Function<String, ProcessModel> models, RecordLinks links,
            Completions completions) {
        runs.stream().sorted(Comparator.comparing(ProcessRun::startedAt)).forEach(r -> this.runs.put(r.id(), r));
        this.models = models;
        this.links = links;
        this.completions = completions;
        this.runs.values().stream().filter(r -> r.superProcessInstanceId() == null
                || !this.runs.containsKey(r.superProcessInstanceId())).forEach(r -> layOut(r, null, 0));
        this.runs.values().forEach(r -> layOut(r, r.superProcessInstanceId(), 0));
    }

    List<TimelineEntry> entries() {
        return List.copyOf(entries);
    }

    List<ProcessPath> paths() {
        return List.copyOf(paths);
    }

    private void layOut(ProcessRun run, String calledBy, int depth) {
        if (!laidOut.add(run.id())) {
            return;
        }
        ProcessModel model = models.apply(run.definitionId());
        TimerMatch timers = new TimerMatch(run, model);
        paths.add(path(run, calledBy, model, timers));
        Map<String, Integer> depths = new HashMap<>();
        Set<String> escalations = escalations(run);
        for (HistoryStep step : run.steps()) {
            int stepDepth = depths.containsKey(step.parentId()) ? depths.get(step.parentId()) + 1 : depth;
            depths.put(step.id(), stepDepth);
            entries.add(entry(run, step, stepDepth, model, timers, escalations.contains(step.id())));
            ProcessRun called = runs.get(step.calledProcessInstanceId());
            if (called != null) {
                layOut(called, run.id(), stepDepth + 1);
            }
        }
    }

    private static ProcessPath path(ProcessRun run, String calledBy, ProcessModel model, TimerMatch timers) {
        return new ProcessPath(run.id(), calledBy, run.processKey(), run.processName(), run.definitionId(),
                run.version(), run.latestVersion(), run.startedAt(), run.endedAt(), run.state(),
                PathAnalysis.done(run.steps()), PathAnalysis.active(run.steps()), PathAnalysis.canceled(run.steps()),
                PathAnalysis.takenFlows(run.steps(), model.flows()), timers.all());
    }

    private TimelineEntry entry(ProcessRun run, HistoryStep step, int depth, ProcessModel model, TimerMatch timers,
            boolean escalation) {
        String typeLabel = typeLabel(step.type(), escalation);
        String name = step.activityName() != null ? step.activityName()
                : model.nameOf(step.activityId()) != null ? model.nameOf(step.activityId()) : typeLabel;
        StepState state = step.active() ? StepState.ACTIVE : step.canceled() ? StepState.CANCELED : StepState.DONE;
        return new TimelineEntry(run.id(), step.id(), step.activityId(), name, step.type(), typeLabel, depth,
                step.startedAt(), step.endedAt(), state, step.assignee(), completions.completedBy(step),
                timers.of(step), escalation, step.calledProcessInstanceId(), links.of(step));
    }

    /**
     * Steps that are, or run inside, an event subprocess that a timer started (its first step is a timer): an
     * escalation, such as a decision not executed within three months. Parents start before their children.
     */
    private static Set<String> escalations(ProcessRun run) {
        Set<String> eventSubProcesses = new HashSet<>();
        Set<String> scopesSeen = new HashSet<>();
        Set<String> escalated = new HashSet<>();
        for (HistoryStep step : run.steps()) {
            if (step.type() == StepType.EVENT_SUB_PROCESS) {
                eventSubProcesses.add(step.id());
            }
            boolean firstInScope = scopesSeen.add(step.parentId());
            if (firstInScope && step.type() == StepType.TIMER_EVENT && eventSubProcesses.contains(step.parentId())) {
                escalated.add(step.parentId());
            }
            if (escalated.contains(step.parentId())) {
                escalated.add(step.id());
            }
        }
        return escalated;
    }

    static String typeLabel(StepType type, boolean escalation) {
        return switch (type) {
            case USER_TASK -> "Uppgift";
            case SERVICE_TASK -> "Systemsteg";
            case RULE_TASK -> "Regel";
            case CALL_ACTIVITY, SUB_PROCESS -> "Delprocess";
            case EVENT_SUB_PROCESS -> escalation ? "Eskalering" : "Händelse";
            case START_EVENT -> "Start";
            case END_EVENT -> "Slut";
            case TIMER_EVENT -> "Tidsfrist";
            case MESSAGE_EVENT -> "Meddelande";
            case GATEWAY -> "Vägval";
            case OTHER -> "Steg";
        };
    }
}
