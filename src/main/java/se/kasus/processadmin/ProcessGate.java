package se.kasus.processadmin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.kasus.access.AccessControl;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;

/**
 * The safety gate for a changed model. The changed files replace their counterparts in the latest deployed unit (a
 * BPMN file by the process it defines, a DMN file by its decision, a form by its id, a scenario file by its name), and
 * the whole candidate unit must then pass, in order: the lint ({@link ModelLint}), the engine's own parse, and every
 * scenario that tests a process or decision the change touches (a form change touches the processes that use the
 * form), each run through Kasus's services against the candidate in a rolled-back transaction. Only then is the
 * candidate deployed, as a new version of the whole unit with deployment source {@code kasus-grind}. Every run by a
 * process owner is written to the audit log.
 */
@Service
public class ProcessGate {

    static final String AUDIT_RESOURCE = "processgrind";
    private static final int MAX_FILES = 20;

    /** A file as the process owner gave it. */
    public record Upload(String fileName, byte[] content) {
    }

    private final RepositoryService repository;
    private final ScenarioRunner runner;
    private final ListableBeanFactory beans;
    private final AccessControl access;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;

    ProcessGate(RepositoryService repository, ScenarioRunner runner, ListableBeanFactory beans, AccessControl access,
            AuditLog auditLog, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.runner = runner;
        this.beans = beans;
        this.access = access;
        this.auditLog = auditLog;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * The gate on the process owner's page: checks the uploaded files and, when they pass and {@code deploy} is
     * set, deploys them as a new version. Requires {@link Permission#PROCESS_ADMIN}; the outcome is audited.
     */
    public GateReport check(List<Upload> uploads, boolean deploy) {
        KasusUser user = access.require(Permission.PROCESS_ADMIN, AUDIT_RESOURCE);
        Candidate candidate = prepare(uploads, true);
        GateReport report = evaluate(candidate);
        if (!report.passed() || !deploy) {
            auditLog.record(new AuditEvent(user.username(), AuditAction.GATE_CHECK, AUDIT_RESOURCE, null, null,
                    auditReason(deploy ? "Driftsättning stoppad. " : "Provkörning. ", report)));
            return report;
        }
        return transaction.execute(status -> {
            String latest = new ModelUnits(repository).latestUnitDeployment().map(Deployment::getId).orElse(null);
            if (!java.util.Objects.equals(latest, candidate.baseDeploymentId)) {
                GateReport stale = withProblem(report, "En annan version driftsattes medan grinden prövade ändringen. "
                        + "Pröva igen, så prövas ändringen mot den versionen.");
                auditLog.record(new AuditEvent(user.username(), AuditAction.GATE_CHECK, AUDIT_RESOURCE, null, null,
                        auditReason("Driftsättning stoppad. ", stale)));
                return stale;
            }
            GateReport.Deployed deployed = deploy(candidate, user.username());
            GateReport done = new GateReport(report.files(), report.problems(), report.violations(),
                    report.engineError(), report.scenarios(), true, deployed);
            auditLog.record(new AuditEvent(user.username(), AuditAction.DEPLOY, AUDIT_RESOURCE, null, null,
                    auditReason("Driftsatt: " + String.join(", ", deployed.versions()) + ". ", done)));
            return done;
        });
    }

    /**
     * The gate without deploying, access check or audit: for the gate command, which runs against a private
     * in-memory database. A file equal to the deployed one is checked as it is, since a freshly built jar already
     * holds the change.
     */
    GateReport checkFiles(List<Upload> uploads) {
        return evaluate(prepare(uploads, false));
    }

    // ---- building the candidate ---------------------------------------------------------------------------------

    /** The latest unit with the uploaded files in place, and what each replaced. */
    static final class Candidate {
        final List<GateReport.ChangedFile> files = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        /** Resource name → the ids it defined before the change, for files that replace one. */
        final Map<String, Set<String>> replacedIds = new LinkedHashMap<>();
        ModelSet base;
        ModelIndex baseIndex;
        ModelSet models;
        String baseDeploymentId;
    }

    private Candidate prepare(List<Upload> uploads, boolean requireChange) {
        Candidate candidate = new Candidate();
        ModelUnits units = new ModelUnits(repository);
        Optional<Deployment> latest = units.latestUnitDeployment();
        if (latest.isEmpty()) {
            candidate.problems.add("Ingen version av modellerna är driftsatt ännu.");
            candidate.base = candidate.models = ModelSet.of(Map.of());
            candidate.baseIndex = new ModelIndex(candidate.base);
            return candidate;
        }
        candidate.baseDeploymentId = latest.get().getId();
        candidate.base = units.resourcesOf(latest.get().getId());
        candidate.baseIndex = new ModelIndex(candidate.base);
        candidate.models = candidate.base;
        List<Upload> given = uploads == null ? List.of()
                : uploads.stream().filter(u -> u != null && u.fileName() != null && !u.fileName().isBlank()
                        && u.content() != null && u.content().length > 0).toList();
        if (given.isEmpty()) {
            candidate.problems.add("Välj minst en ändrad modell att pröva (.bpmn, .dmn, .form eller .scenarios.yml).");
            return candidate;
        }
        if (given.size() > MAX_FILES) {
            candidate.problems.add("Pröva högst " + MAX_FILES + " filer åt gången.");
            return candidate;
        }
        ModelIndex baseIndex = candidate.baseIndex;
        Set<String> taken = new LinkedHashSet<>();
        for (Upload upload : given) {
            String fileName = ModelSet.fileName(upload.fileName().replace('\\', '/'));
            Optional<ModelSet.Kind> kind = ModelSet.Kind.of(fileName);
            if (kind.isEmpty()) {
                candidate.problems.add("Filen " + fileName + " är varken en BPMN-process (.bpmn), en beslutstabell "
                        + "(.dmn), ett formulär (.form) eller scenarier (.scenarios.yml).");
                continue;
            }
            Set<String> ids = new ModelIndex(ModelSet.of(Map.of(fileName, upload.content()))).idsDefinedBy(fileName);
            String resource = target(fileName, kind.get(), ids, baseIndex);
            if (!taken.add(resource)) {
                candidate.problems.add("Två av filerna ersätter samma fil, " + resource + ".");
                continue;
            }
            boolean added = !candidate.base.contains(resource);
            if (!added) {
                candidate.replacedIds.put(resource, baseIndex.idsDefinedBy(resource));
            }
            candidate.files.add(new GateReport.ChangedFile(fileName, resource, added, ids));
            candidate.models = candidate.models.with(resource, upload.content());
        }
        if (requireChange && candidate.problems.isEmpty() && candidate.models.sameAs(candidate.base)) {
            candidate.problems.add("Ingen ändring: filerna är desamma som i den driftsatta versionen.");
        }
        return candidate;
    }

    /** Where an uploaded file goes: onto the file that defines the same ids, or the same file name, or a new file. */
    private static String target(String fileName, ModelSet.Kind kind, Set<String> ids, ModelIndex base) {
        if (!ids.isEmpty()) {
            for (String existing : base.models.names(kind)) {
                if (base.idsDefinedBy(existing).stream().anyMatch(ids::contains)) {
                    return existing;
                }
            }
        }
        for (String existing : base.models.names(kind)) {
            if (ModelSet.fileName(existing).equals(fileName)) {
                return existing;
            }
        }
        return (kind == ModelSet.Kind.FORM ? "forms/" : "processes/") + fileName;
    }

    // ---- the checks ---------------------------------------------------------------------------------------------

    private GateReport evaluate(Candidate candidate) {
        if (!candidate.problems.isEmpty()) {
            return report(candidate, List.of(), null, List.of());
        }
        ModelIndex index = new ModelIndex(candidate.models);
        List<LintViolation> violations = ModelLint.inApplication(beans::containsBean).check(index);
        if (!violations.isEmpty()) {
            return report(candidate, violations, null, List.of());
        }
        Optional<String> engineError = runner.tryDeploy(candidate.models);
        if (engineError.isPresent()) {
            return report(candidate, violations, "Processmotorn kan inte läsa in modellerna: " + engineError.get(),
                    List.of());
        }
        Map<Scenario, String> selected = selectScenarios(candidate, index);
        if (selected.isEmpty()) {
            candidate.problems.add("Inget scenario prövar " + String.join(", ", affectedKeys(candidate, index))
                    + ". Skriv ett scenario i en .scenarios.yml-fil för processen innan ändringen kan driftsättas.");
            return report(candidate, violations, null, List.of());
        }
        List<ScenarioResult> results = new ArrayList<>();
        selected.forEach((scenario, file) -> results.add(runner.run(scenario, file, candidate.models)));
        return report(candidate, violations, null, results);
    }

    private static GateReport report(Candidate candidate, List<LintViolation> violations, String engineError,
            List<ScenarioResult> scenarios) {
        boolean passed = candidate.problems.isEmpty() && violations.isEmpty() && engineError == null
                && !scenarios.isEmpty() && scenarios.stream().allMatch(ScenarioResult::passed);
        return new GateReport(candidate.files, candidate.problems, violations, engineError, scenarios, passed, null);
    }

    private static GateReport withProblem(GateReport report, String problem) {
        List<String> problems = new ArrayList<>(report.problems());
        problems.add(problem);
        return new GateReport(report.files(), problems, report.violations(), report.engineError(),
                report.scenarios(), false, null);
    }

    /**
     * The processes and decisions the change touches: those its files define now or defined before, and for a form
     * the processes whose user tasks use it.
     */
    static Set<String> affectedKeys(Candidate candidate, ModelIndex index) {
        Set<String> keys = new LinkedHashSet<>();
        ModelIndex before = candidate.baseIndex;
        for (GateReport.ChangedFile file : candidate.files) {
            Set<String> ids = new LinkedHashSet<>(index.idsDefinedBy(file.resource()));
            ids.addAll(candidate.replacedIds.getOrDefault(file.resource(), Set.of()));
            if (ModelSet.Kind.of(file.resource()).orElseThrow() == ModelSet.Kind.FORM) {
                for (String formId : ids) {
                    keys.addAll(index.processesUsingForm(formId));
                    keys.addAll(before.processesUsingForm(formId));
                }
            } else {
                keys.addAll(ids);
            }
        }
        return keys;
    }

    /** Scenarios that test an affected process or decision, and every scenario in a changed scenario file. */
    private static Map<Scenario, String> selectScenarios(Candidate candidate, ModelIndex index) {
        Set<String> keys = affectedKeys(candidate, index);
        Set<String> changedFiles = new LinkedHashSet<>();
        candidate.files.forEach(f -> changedFiles.add(f.resource()));
        Map<Scenario, String> selected = new LinkedHashMap<>();
        index.scenarios.forEach((file, scenarios) -> {
            for (Scenario scenario : scenarios.scenarios()) {
                if (changedFiles.contains(file) || scenario.processes().stream().anyMatch(keys::contains)) {
                    selected.put(scenario, file);
                }
            }
        });
        return selected;
    }

    // ---- deploying ----------------------------------------------------------------------------------------------

    private GateReport.Deployed deploy(Candidate candidate, String username) {
        String files = String.join(", ", candidate.files.stream().map(f -> ModelSet.fileName(f.resource())).toList());
        String name = "kasus-grind: " + files + " (" + username + ")";
        if (name.length() > 250) {
            name = name.substring(0, 247) + "...";
        }
        DeploymentWithDefinitions deployment = new ModelUnits(repository).deployFromGate(candidate.models, name);
        List<String> versions = new ArrayList<>();
        Optional.ofNullable(deployment.getDeployedProcessDefinitions()).orElse(List.of())
                .forEach(d -> versions.add(d.getKey() + " version " + d.getVersion()));
        Optional.ofNullable(deployment.getDeployedDecisionDefinitions()).orElse(List.of())
                .forEach(d -> versions.add(d.getKey() + " version " + d.getVersion()));
        versions.sort(null);
        return new GateReport.Deployed(deployment.getId(), name, versions);
    }

    private static String auditReason(String lead, GateReport report) {
        StringBuilder reason = new StringBuilder(lead);
        reason.append("Filer: ").append(String.join(", ", report.files().stream()
                .map(GateReport.ChangedFile::resource).toList())).append(". ");
        if (!report.problems().isEmpty()) {
            reason.append(report.problems().get(0)).append(' ');
        }
        if (!report.violations().isEmpty()) {
            reason.append(report.violations().size()).append(" regelbrott, t.ex. ")
                    .append(report.violations().get(0)).append(' ');
        }
        if (report.engineError() != null) {
            reason.append(report.engineError()).append(' ');
        }
        if (!report.scenarios().isEmpty()) {
            reason.append("Scenarier: ").append(report.scenariosPassed()).append(" av ")
                    .append(report.scenarios().size()).append(" godkända");
            report.scenarios().stream().filter(s -> !s.passed()).findFirst()
                    .ifPresent(s -> reason.append("; underkänt: ").append(s.name()).append(" (")
                            .append(s.message()).append(')'));
            reason.append('.');
        }
        String text = reason.toString().strip();
        return text.length() > 1000 ? text.substring(0, 997) + "..." : text;
    }
}
