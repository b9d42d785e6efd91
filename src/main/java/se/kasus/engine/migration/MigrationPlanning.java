package se.kasus.engine.migration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Turns the process owner's request into a plan the engine accepts: both versions exist and differ, the explicit
 * mappings name steps that exist, the engine validates the plan (equal ids mapped, plus the explicit ones), and the
 * target version's deployment holds what its steps resolve from the same deployment.
 */
@Component
class MigrationPlanning {

    static final int MAX_MAPPINGS = 100;
    private static final int MAX_ID = 255;

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TargetDeploymentCheck targetCheck;

    MigrationPlanning(RepositoryService repository, RuntimeService runtime, TargetDeploymentCheck targetCheck) {
        this.repository = repository;
        this.runtime = runtime;
        this.targetCheck = targetCheck;
    }

    /** A validated plan, with what the report needs to name the steps. */
    record Plan(String processKey, int sourceVersion, int targetVersion, String sourceDefinitionId,
            MigrationPlan plan, List<ActivityMapping> instructions, List<Step> stepsWithoutTarget,
            Map<String, String> sourceNames) {

        String nameOf(String activityId) {
            String name = sourceNames.get(activityId);
            return name == null ? activityId : name;
        }
    }

    Plan plan(MigrationRequest request) {
        String key = checkKey(request.processKey());
        int from = checkVersion(request.sourceVersion(), "källversion");
        int to = checkVersion(request.targetVersion(), "målversion");
        List<ActivityMapping> mappings = checkShape(request.mappings());
        if (from == to) {
            throw new MigrationRejectedException("Käll- och målversion är samma (version " + from
                    + "). Välj två olika versioner.");
        }
        ProcessDefinition source = definition(key, from);
        ProcessDefinition target = definition(key, to);
        BpmnModelInstance sourceModel = repository.getBpmnModelInstance(source.getId());
        BpmnModelInstance targetModel = repository.getBpmnModelInstance(target.getId());
        checkStepsExist(mappings, sourceModel, from, targetModel, to);

        MigrationPlan plan = build(source, target, mappings);
        List<String> targetProblems = targetCheck.problems(target, targetModel);
        if (!targetProblems.isEmpty()) {
            throw new MigrationRejectedException("Version " + to + " av " + key + " kan inte ta emot ärenden: "
                    + "dess driftsättning saknar det som stegen hämtar ur samma driftsättning. Driftsätt processen "
                    + "tillsammans med de gemensamma processerna och formulären.", targetProblems);
        }
        List<ActivityMapping> instructions = plan.getInstructions().stream()
                .map(i -> new ActivityMapping(i.getSourceActivityId(), i.getTargetActivityId()))
                .sorted(Comparator.comparing(ActivityMapping::sourceActivityId)).toList();
        return new Plan(key, from, to, source.getId(), plan, instructions,
                stepsWithoutTarget(sourceModel, plan.getInstructions()), names(sourceModel));
    }

    List<ProcessVersions> processes() {
        Map<String, List<ProcessDefinition>> byKey = new LinkedHashMap<>();
        repository.createProcessDefinitionQuery().orderByProcessDefinitionKey().asc()
                .orderByProcessDefinitionVersion().asc().list()
                .forEach(d -> byKey.computeIfAbsent(d.getKey(), k -> new ArrayList<>()).add(d));
        List<ProcessVersions> result = new ArrayList<>();
        byKey.forEach((key, definitions) -> {
            ProcessDefinition latest = definitions.get(definitions.size() - 1);
            List<ProcessVersions.Version> versions = definitions.stream()
                    .map(d -> new ProcessVersions.Version(d.getVersion(),
                            runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count()))
                    .toList();
            result.add(new ProcessVersions(key, latest.getName() == null ? key : latest.getName(), versions));
        });
        return result;
    }

    private static String checkKey(String key) {
        if (key == null || key.isBlank()) {
            throw new MigrationRejectedException("Ange vilken process som ska migreras.");
        }
        if (key.length() > MAX_ID) {
            throw new ProcessVersionNotFoundException("Det finns ingen sådan process.");
        }
        return key;
    }

    private static int checkVersion(Integer version, String what) {
        if (version == null) {
            throw new MigrationRejectedException("Ange " + what + ".");
        }
        if (version < 1) {
            throw new MigrationRejectedException("Ogiltig " + what + ": " + version + ". Versioner räknas från 1.");
        }
        return version;
    }

    private static List<ActivityMapping> checkShape(List<ActivityMapping> mappings) {
        if (mappings.size() > MAX_MAPPINGS) {
            throw new MigrationRejectedException("Högst " + MAX_MAPPINGS + " extra mappningar i en migrering.");
        }
        List<String> problems = new ArrayList<>();
        Set<String> sources = new HashSet<>();
        for (int i = 0; i < mappings.size(); i++) {
            ActivityMapping mapping = mappings.get(i);
            String where = "Mappning " + (i + 1) + ": ";
            if (mapping == null || blank(mapping.sourceActivityId()) || blank(mapping.targetActivityId())) {
                problems.add(where + "ange både steget i källversionen och steget i målversionen.");
            } else if (mapping.sourceActivityId().length() > MAX_ID || mapping.targetActivityId().length() > MAX_ID) {
                problems.add(where + "ett steg-id får vara högst " + MAX_ID + " tecken.");
            } else if (!sources.add(mapping.sourceActivityId())) {
                problems.add(where + "steget " + mapping.sourceActivityId() + " är redan mappat.");
            }
        }
        if (!problems.isEmpty()) {
            throw new MigrationRejectedException("De extra mappningarna innehåller fel.", problems);
        }
        return mappings;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private ProcessDefinition definition(String key, int version) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .processDefinitionVersion(version).singleResult();
        if (definition != null) {
            return definition;
        }
        List<Integer> versions = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .orderByProcessDefinitionVersion().asc().list().stream().map(ProcessDefinition::getVersion).toList();
        if (versions.isEmpty()) {
            throw new ProcessVersionNotFoundException("Det finns ingen process med nyckeln " + key + ".");
        }
        throw new ProcessVersionNotFoundException("Processen " + key + " har ingen version " + version
                + ". Det finns version " + versions.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + ".");
    }

    /** Said in Swedish before the engine says it in English. */
    private static void checkStepsExist(List<ActivityMapping> mappings, BpmnModelInstance sourceModel, int from,
            BpmnModelInstance targetModel, int to) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < mappings.size(); i++) {
            ActivityMapping mapping = mappings.get(i);
            if (!(sourceModel.getModelElementById(mapping.sourceActivityId()) instanceof FlowNode)) {
                problems.add("Mappning " + (i + 1) + ": steget " + mapping.sourceActivityId() + " finns inte i version "
                        + from + ".");
            }
            if (!(targetModel.getModelElementById(mapping.targetActivityId()) instanceof FlowNode)) {
                problems.add("Mappning " + (i + 1) + ": steget " + mapping.targetActivityId() + " finns inte i version "
                        + to + ".");
            }
        }
        if (!problems.isEmpty()) {
            throw new MigrationRejectedException("De extra mappningarna innehåller fel.", problems);
        }
    }

    private MigrationPlan build(ProcessDefinition source, ProcessDefinition target, List<ActivityMapping> mappings) {
        // Event triggers are not updated: a timer keeps the due date it was given (a legal deadline computed from
        // config/deadlines.yml when the step ran), and a subscription keeps its message name.
        MigrationPlanBuilder builder = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities();
        for (ActivityMapping mapping : mappings) {
            builder = builder.mapActivities(mapping.sourceActivityId(), mapping.targetActivityId());
        }
        try {
            return builder.build();
        } catch (MigrationPlanValidationException e) {
            List<String> problems = new ArrayList<>();
            for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
                MigrationInstruction instruction = report.getMigrationInstruction();
                for (String failure : report.getFailures()) {
                    problems.add(instruction.getSourceActivityId() + " → " + instruction.getTargetActivityId()
                            + ": motorn godtar inte mappningen (" + failure + ")");
                }
            }
            e.getValidationReport().getVariableReports().forEach((name, report) -> report.getFailures()
                    .forEach(failure -> problems.add("Variabeln " + name + ": " + failure)));
            throw new MigrationRejectedException("Motorn godtar inte migreringsplanen.", problems);
        } catch (ProcessEngineException e) {
            throw new MigrationRejectedException("Motorn godtar inte migreringsplanen.", List.of(e.getMessage()));
        }
    }

    /** Steps where an instance can stand that the plan maps nowhere. */
    private static List<Step> stepsWithoutTarget(BpmnModelInstance sourceModel, List<MigrationInstruction> plan) {
        Set<String> mapped = plan.stream().map(MigrationInstruction::getSourceActivityId).collect(Collectors.toSet());
        List<Step> steps = new ArrayList<>();
        for (FlowNode node : waitable(sourceModel)) {
            if (!mapped.contains(node.getId())) {
                steps.add(new Step(node.getId(), node.getName() == null ? node.getId() : node.getName()));
            }
        }
        return steps;
    }

    /**
     * Where an instance can wait: user and receive tasks, call activities, sub-processes, intermediate catch events,
     * and any step with an asynchronous continuation. A plain service task or gateway is passed in one transaction.
     */
    private static List<FlowNode> waitable(BpmnModelInstance model) {
        List<FlowNode> nodes = new ArrayList<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (node instanceof UserTask || node instanceof ReceiveTask || node instanceof CallActivity
                    || node instanceof SubProcess || node instanceof IntermediateCatchEvent
                    || node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter()) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    private static Map<String, String> names(BpmnModelInstance model) {
        Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
        Map<String, String> names = new LinkedHashMap<>();
        nodes.forEach(n -> names.put(n.getId(), n.getName() == null ? n.getId() : n.getName()));
        return names;
    }
}
