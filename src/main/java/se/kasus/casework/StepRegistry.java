package se.kasus.casework;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Finds the step for a user task; a task without one cannot be completed, and a test proves every task has one. */
@Component
class StepRegistry {

    private final Map<String, TaskStep> byTaskKey;

    StepRegistry(List<StepGroup> groups) {
        this.byTaskKey = groups.stream().flatMap(g -> g.steps().stream())
                .collect(Collectors.toMap(TaskStep::taskKey, Function.identity()));
    }

    TaskStep forTask(String taskKey) {
        TaskStep step = byTaskKey.get(taskKey);
        if (step == null) {
            throw new CaseRuleException("Steget " + taskKey + " kan inte utföras i Kasus ännu.");
        }
        return step;
    }

    Set<String> taskKeys() {
        return byTaskKey.keySet();
    }
}
