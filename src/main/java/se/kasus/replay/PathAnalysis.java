package se.kasus.replay;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import se.kasus.engine.HistoryStep;
import se.kasus.engine.ProcessModel;

/**
 * The path a run took through its diagram, from its steps in the engine's order. A flow is taken when its source
 * finished and its target then started in the same run; each finished step leads on once, so a loop back to an
 * earlier step marks only the flow it actually went along.
 */
final class PathAnalysis {

    private PathAnalysis() {
    }

    static List<String> done(List<HistoryStep> steps) {
        return sorted(steps.stream().filter(HistoryStep::completed).map(HistoryStep::activityId));
    }

    static List<String> active(List<HistoryStep> steps) {
        return sorted(steps.stream().filter(HistoryStep::active).map(HistoryStep::activityId));
    }

    /** Elements that were interrupted and never completed, e.g. a task whose boundary timer fired. */
    static List<String> canceled(List<HistoryStep> steps) {
        Set<String> done = new HashSet<>(done(steps));
        return sorted(steps.stream().filter(HistoryStep::canceled).map(HistoryStep::activityId)
                .filter(id -> !done.contains(id)));
    }

    /**
     * For each step in order, the flow into it comes from the latest finished, not yet followed step that has a
     * flow to it and ended no later than this step started.
     */
    static List<String> takenFlows(List<HistoryStep> steps, List<ProcessModel.Flow> flows) {
        Map<String, List<ProcessModel.Flow>> into = flows.stream()
                .collect(Collectors.groupingBy(ProcessModel.Flow::targetId));
        Set<Integer> followed = new HashSet<>();
        Set<String> taken = new TreeSet<>();
        for (int target = 0; target < steps.size(); target++) {
            Source best = bestSource(steps, target, into.getOrDefault(steps.get(target).activityId(), List.of()),
                    followed);
            if (best != null) {
                followed.add(best.index());
                taken.add(best.flow().id());
            }
        }
        return new ArrayList<>(taken);
    }

    private record Source(int index, ProcessModel.Flow flow) {
    }

    private static Source bestSource(List<HistoryStep> steps, int target, List<ProcessModel.Flow> incoming,
            Set<Integer> followed) {
        HistoryStep to = steps.get(target);
        Source best = null;
        for (int i = 0; i < target; i++) {
            HistoryStep from = steps.get(i);
            ProcessModel.Flow flow = flowFrom(from, incoming);
            if (flow != null && from.completed() && !followed.contains(i) && !from.endedAt().isAfter(to.startedAt())
                    && (best == null || !from.endedAt().isBefore(steps.get(best.index()).endedAt()))) {
                best = new Source(i, flow);
            }
        }
        return best;
    }

    private static ProcessModel.Flow flowFrom(HistoryStep from, List<ProcessModel.Flow> incoming) {
        return incoming.stream().filter(f -> f.sourceId().equals(from.activityId())).findFirst().orElse(null);
    }

    private static List<String> sorted(Stream<String> ids) {
        return new ArrayList<>(ids.collect(Collectors.toCollection(TreeSet::new)));
    }
}
