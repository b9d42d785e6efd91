package se.kasus.processadmin;

import java.util.List;
import java.util.Set;

/**
 * How one scenario went against a candidate version.
 *
 * @param name       the scenario's name
 * @param file       the scenario file it comes from
 * @param passed     every step went as written
 * @param stepsDone  the steps that went as written, in order
 * @param failedStep the step that did not (e.g. "steg 5: uppgift Task_FattaBeslut som handlaggare"), or null
 * @param message    why, in Swedish, or null
 * @param touched    the processes and decisions the scenario passed through
 */
public record ScenarioResult(String name, String file, boolean passed, List<String> stepsDone, String failedStep,
        String message, Set<String> touched) {

    public ScenarioResult {
        stepsDone = List.copyOf(stepsDone);
        touched = Set.copyOf(touched);
    }
}
