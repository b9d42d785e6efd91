package se.kasus.casework;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The domain side of one user task: it writes the step's record when the task completes, in the same transaction
 * as the engine's step, and returns the process variables the model needs next.
 */
interface TaskStep {

    String taskKey();

    Map<String, Object> complete(StepContext context, FormValues values);

    /** Read-only data the form shows (e.g. the proposal the decision-maker decides on). */
    default Map<String, Object> display(StepContext context) {
        return Map.of();
    }

    /** Options computed at runtime for fields with a {@code valuesKey}. */
    default Map<String, List<Option>> options() {
        return Map.of();
    }

    /** Options that depend on the case (e.g. only the providers whose avtal covers its insats and area). */
    default Map<String, List<Option>> options(StepContext context) {
        return options();
    }

    record Option(String value, String label) {
    }

    static TaskStep of(String taskKey, BiFunction<StepContext, FormValues, Map<String, Object>> body) {
        return new TaskStep() {
            @Override
            public String taskKey() {
                return taskKey;
            }

            @Override
            public Map<String, Object> complete(StepContext context, FormValues values) {
                return body.apply(context, values);
            }
        };
    }

    /** A step whose form also shows what {@code display} reads (e.g. the occurrences found, the parents). */
    static TaskStep of(String taskKey, BiFunction<StepContext, FormValues, Map<String, Object>> body,
            Function<StepContext, Map<String, Object>> display) {
        return new TaskStep() {
            @Override
            public String taskKey() {
                return taskKey;
            }

            @Override
            public Map<String, Object> complete(StepContext context, FormValues values) {
                return body.apply(context, values);
            }

            @Override
            public Map<String, Object> display(StepContext context) {
                return display.apply(context);
            }
        };
    }
}
