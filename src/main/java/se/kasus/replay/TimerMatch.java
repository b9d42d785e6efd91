package se.kasus.replay;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.kasus.engine.HistoryStep;
import se.kasus.engine.ProcessModel;
import se.kasus.engine.ProcessRun;
import se.kasus.engine.StepType;
import se.kasus.engine.TimerJob;

/**
 * A run's timers from the job log, and which timer event step each one belongs to: the timer steps of one element
 * took its fired jobs in the order they fired, and a step still waiting has the job still waiting.
 */
final class TimerMatch {

    private final List<TimerView> timers;
    private final Map<String, TimerView> byStep = new HashMap<>();

    TimerMatch(ProcessRun run, ProcessModel model) {
        this.timers = run.timers().stream().map(job -> view(job, model)).toList();
        Map<String, Deque<TimerView>> fired = new HashMap<>();
        Map<String, TimerView> waiting = new HashMap<>();
        timers.stream().filter(t -> t.state() == TimerView.State.FIRED)
                .sorted(Comparator.comparing(TimerView::firedAt))
                .forEach(t -> fired.computeIfAbsent(t.activityId(), id -> new ArrayDeque<>()).add(t));
        timers.stream().filter(t -> t.state() == TimerView.State.WAITING).forEach(t -> waiting.put(t.activityId(), t));
        for (HistoryStep step : run.steps()) {
            if (step.type() == StepType.TIMER_EVENT) {
                TimerView timer = step.active() ? waiting.get(step.activityId())
                        : fired.getOrDefault(step.activityId(), new ArrayDeque<>()).poll();
                if (timer != null) {
                    byStep.put(step.id(), timer);
                }
            }
        }
    }

    private static TimerView view(TimerJob job, ProcessModel model) {
        String name = model.nameOf(job.activityId());
        TimerView.State state = job.fired() ? TimerView.State.FIRED
                : job.waiting() ? TimerView.State.WAITING : TimerView.State.REMOVED;
        return new TimerView(job.activityId(), name == null ? job.activityId() : name, job.dueAt(), job.firedAt(),
                state, job.failures());
    }

    List<TimerView> all() {
        return timers;
    }

    TimerView of(HistoryStep step) {
        return byStep.get(step.id());
    }
}
