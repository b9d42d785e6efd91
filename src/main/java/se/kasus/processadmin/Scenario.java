package se.kasus.processadmin;

import java.util.List;
import java.util.Map;

/**
 * One path through the processes, written by the process owner as data ({@code *.scenarios.yml} next to the model):
 * an ansökan is registered, then each step completes a task as a member of a role, fires a timer, registers an
 * överklagande or checks where the case ended. The gate runs it through Kasus's own services against a candidate
 * version; a step that the candidate does not allow, or that leads elsewhere, fails the scenario.
 *
 * @param name        short and unique, e.g. "Bifall"
 * @param processes   the processes and decisions whose change this scenario tests (process or decision ids); a
 *                    test proves that these are exactly the ones it passes through
 * @param application the ansökan that opens the case
 * @param steps       in order
 */
public record Scenario(String name, String description, List<String> processes, Application application,
        List<Step> steps) {

    public Scenario {
        processes = processes == null ? List.of() : List.copyOf(processes);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** The ansökan: which insats it asks for. */
    public record Application(String service, String description) {
    }

    /**
     * Exactly one of {@code task}, {@code timer}, {@code appeal}, {@code at} and {@code ended}.
     *
     * @param task   complete the open user task with this id, as a member of the role {@code as} (default
     *               handläggare), with {@code values} as the form's data
     * @param timer  fire the waiting timer with this id now, as if its date had come
     * @param appeal register an överklagande of the case's latest decision, received on this date
     * @param at     the case stands (waits) at this element now
     * @param ended  the case's process has ended, at the end event with this id
     */
    public record Step(String task, String as, Map<String, Object> values, String timer, String appeal, String at,
            String ended) {

        public Step {
            values = values == null ? Map.of() : values;
        }

        /** How the step reads in a report, e.g. "uppgift Task_Utreda som handlaggare". */
        public String describe() {
            if (task != null) {
                return "uppgift " + task + " som " + (as == null ? "handlaggare" : as);
            }
            if (timer != null) {
                return "timer " + timer;
            }
            if (appeal != null) {
                return "överklagande inkommet " + appeal;
            }
            if (at != null) {
                return "står vid " + at;
            }
            return "avslutat vid " + ended;
        }
    }
}
