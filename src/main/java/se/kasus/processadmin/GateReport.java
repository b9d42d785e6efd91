package se.kasus.processadmin;

import java.util.List;
import java.util.Set;

/**
 * What the gate found for a changed model, in the order it checked: the files and what they replace, problems with
 * the upload itself, the lint, the engine's own parse, and the scenarios. The change passes only when all of it is
 * clean; then, if asked, it is deployed.
 *
 * @param files       each uploaded file and the unit file it replaces or adds
 * @param problems    what stopped the gate before the models were checked (no file, unknown kind, no change, no
 *                    scenario covers the change, ...)
 * @param violations  the lint's findings on the whole candidate unit
 * @param engineError the engine's refusal to deploy the candidate, or null
 * @param scenarios   each scenario run against the candidate
 * @param passed      nothing above stopped the change
 * @param deployed    the new version, when the change passed and deployment was asked for; otherwise null
 */
public record GateReport(List<ChangedFile> files, List<String> problems, List<LintViolation> violations,
        String engineError, List<ScenarioResult> scenarios, boolean passed, Deployed deployed) {

    public GateReport {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        violations = List.copyOf(violations);
        scenarios = List.copyOf(scenarios);
    }

    /**
     * @param uploaded the name the file was uploaded or given under
     * @param resource the file in the unit it replaces or becomes, e.g. processes/aldreomsorg/aldreomsorg-bistand.bpmn
     * @param added    a new file rather than a replacement
     * @param ids      the processes, decisions or form it defines
     */
    public record ChangedFile(String uploaded, String resource, boolean added, Set<String> ids) {

        /** Uploaded as e.g. diagram_1.bpmn but replacing aldreomsorg-bistand.bpmn, matched by its process id. */
        public boolean uploadedUnderOtherName() {
            return !ModelSet.fileName(resource).equals(uploaded);
        }
    }

    /**
     * @param deploymentId the engine's deployment
     * @param name         the deployment's name
     * @param versions     e.g. "aldreomsorg-bistand version 3", one per process and decision
     */
    public record Deployed(String deploymentId, String name, List<String> versions) {
    }

    public long scenariosPassed() {
        return scenarios.stream().filter(ScenarioResult::passed).count();
    }

    /** The report as plain text, for the gate command and the audit log. */
    public String asText() {
        StringBuilder out = new StringBuilder();
        for (ChangedFile file : files) {
            out.append(file.added() ? "Ny fil: " : "Ändrad fil: ").append(file.resource());
            if (file.uploadedUnderOtherName()) {
                out.append(" (från ").append(file.uploaded()).append(')');
            }
            out.append('\n');
        }
        problems.forEach(p -> out.append("STOPP: ").append(p).append('\n'));
        violations.forEach(v -> out.append("REGELBROTT: ").append(v).append('\n'));
        if (engineError != null) {
            out.append("MOTORN: ").append(engineError).append('\n');
        }
        for (ScenarioResult scenario : scenarios) {
            out.append(scenario.passed() ? "GODKÄNT: " : "UNDERKÄNT: ").append(scenario.name());
            if (!scenario.passed()) {
                out.append(" – ").append(scenario.failedStep()).append(": ").append(scenario.message());
            }
            out.append('\n');
        }
        out.append(passed ? "Grinden godkände ändringen." : "Grinden stoppade ändringen.");
        if (deployed != null) {
            out.append(" Driftsatt: ").append(String.join(", ", deployed.versions())).append('.');
        }
        return out.append('\n').toString();
    }
}
