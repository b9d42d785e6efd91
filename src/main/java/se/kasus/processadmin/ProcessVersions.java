package se.kasus.processadmin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.access.AccessControl;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;

/**
 * Every deployed process with its versions: when and how each was deployed, what changed from the version before,
 * and how many process instances run on it now. For the process owner ({@link Permission#PROCESS_ADMIN}); reading
 * it is audited.
 */
@Service
public class ProcessVersions {

    static final String AUDIT_RESOURCE = "processversioner";
    private static final int CACHE_LIMIT = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RepositoryService repository;
    private final ManagementService management;
    private final AccessControl access;
    private final AuditLog auditLog;
    /** A version and its predecessor never change, so neither does what changed between them. */
    private final Map<String, VersionChanges> changes = new ConcurrentHashMap<>();

    ProcessVersions(RepositoryService repository, ManagementService management, AccessControl access,
            AuditLog auditLog) {
        this.repository = repository;
        this.management = management;
        this.access = access;
        this.auditLog = auditLog;
    }

    public List<ProcessHistory> list() {
        KasusUser user = access.require(Permission.PROCESS_ADMIN, AUDIT_RESOURCE);
        auditLog.record(new AuditEvent(user.username(), AuditAction.READ, AUDIT_RESOURCE, null, null,
                "Processernas versioner och körande ärenden"));
        return histories();
    }

    List<ProcessHistory> histories() {
        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().orderByProcessDefinitionKey()
                .asc().orderByProcessDefinitionVersion().desc().list();
        Map<String, Deployment> deployments = repository.createDeploymentQuery().list().stream()
                .collect(Collectors.toMap(Deployment::getId, Function.identity()));
        Map<String, Long> running = new LinkedHashMap<>();
        for (ProcessDefinitionStatistics statistics : management.createProcessDefinitionStatisticsQuery().list()) {
            running.put(statistics.getId(), (long) statistics.getInstances());
        }
        Map<String, List<ProcessDefinition>> byKey = definitions.stream()
                .collect(Collectors.groupingBy(ProcessDefinition::getKey, LinkedHashMap::new, Collectors.toList()));
        List<ProcessHistory> histories = new ArrayList<>();
        byKey.forEach((key, versions) -> {
            List<ProcessHistory.Version> rows = new ArrayList<>();
            for (int i = 0; i < versions.size(); i++) {
                ProcessDefinition definition = versions.get(i);
                ProcessDefinition previous = i + 1 < versions.size() ? versions.get(i + 1) : null;
                Deployment deployment = deployments.get(definition.getDeploymentId());
                rows.add(new ProcessHistory.Version(definition.getVersion(), definition.getId(),
                        definition.getDeploymentId(), deployment == null ? null
                                : deployment.getDeploymentTime().toInstant(),
                        deployment == null ? null : deployment.getName(),
                        deployment == null ? null : deployment.getSource(), ModelUnits.isUnit(deployment),
                        running.getOrDefault(definition.getId(), 0L), changesOf(definition, previous)));
            }
            histories.add(new ProcessHistory(key, versions.get(0).getName(), rows));
        });
        return histories;
    }

    private VersionChanges changesOf(ProcessDefinition definition, ProcessDefinition previous) {
        if (previous == null) {
            return VersionChanges.firstVersion();
        }
        if (changes.size() > CACHE_LIMIT) {
            changes.clear();
        }
        return changes.computeIfAbsent(definition.getId() + "|" + previous.getId(),
                k -> ModelDiff.compare(definition.getKey(), processModel(previous), processModel(definition),
                        formsOf(previous), formsOf(definition), decisionsOf(previous), decisionsOf(definition)));
    }

    private byte[] processModel(ProcessDefinition definition) {
        try (InputStream in = repository.getProcessModel(definition.getId())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The forms the process's user tasks use, by id, as found in its own deployment (normalised JSON), or
     * {@link ModelDiff#MISSING} when the deployment lacks one.
     */
    private Map<String, String> formsOf(ProcessDefinition definition) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        Map<String, String> forms = new LinkedHashMap<>();
        List<String> refs = model.getModelElementsByType(UserTask.class).stream()
                .filter(t -> t.getCamundaFormRef() != null && ModelIndex.processOf(t) != null
                        && definition.getKey().equals(ModelIndex.processOf(t).getId()))
                .map(UserTask::getCamundaFormRef).distinct().toList();
        if (refs.isEmpty()) {
            return forms;
        }
        refs.forEach(ref -> forms.put(ref, ModelDiff.MISSING));
        ModelUnits units = new ModelUnits(repository);
        for (Resource resource : repository.getDeploymentResources(definition.getDeploymentId())) {
            if (ModelSet.Kind.of(resource.getName()).orElse(null) != ModelSet.Kind.FORM) {
                continue;
            }
            try {
                var json = JSON.readTree(units.read(definition.getDeploymentId(), resource.getName()));
                String id = json.path("id").asText(null);
                if (refs.contains(id)) {
                    forms.put(id, json.toString());
                }
            } catch (IOException e) {
                // an unreadable form counts as missing, which shows as changed where the other version has it
            }
        }
        return forms;
    }

    /** The decision tables the process calls with binding deployment, by key, as found in its own deployment. */
    private Map<String, String> decisionsOf(ProcessDefinition definition) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        Map<String, String> decisions = new LinkedHashMap<>();
        ModelUnits units = new ModelUnits(repository);
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            String key = task.getCamundaDecisionRef();
            if (key == null || !"deployment".equals(task.getCamundaDecisionRefBinding())
                    || decisions.containsKey(key)) {
                continue;
            }
            DecisionDefinition decision = repository.createDecisionDefinitionQuery()
                    .deploymentId(definition.getDeploymentId()).decisionDefinitionKey(key).singleResult();
            decisions.put(key, decision == null ? ModelDiff.MISSING : new String(units.read(
                    decision.getDeploymentId(), decision.getResourceName()), StandardCharsets.UTF_8));
        }
        return decisions;
    }
}
