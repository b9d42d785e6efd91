package se.kasus.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.springframework.stereotype.Service;

/**
 * Reads what the engine recorded about a case's processes (history level full): every process instance with the
 * case id as business key, their activity instances, their timers, and the exact model each ran on. Read only: the
 * history is never changed here. Authorization is the caller's: this facade checks nothing.
 */
@Service
public class ProcessHistory {

    private static final String TIMER_JOB_PREFIX = "timer-";

    private final HistoryService history;
    private final RepositoryService repository;
    private final Map<String, ProcessModel> models = new ConcurrentHashMap<>();

    ProcessHistory(HistoryService history, RepositoryService repository) {
        this.history = history;
        this.repository = repository;
    }

    /** Every process instance that ran or runs for the case, the oldest first, called subprocesses included. */
    public List<ProcessRun> runsOfCase(long caseId) {
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(caseId)).orderByProcessInstanceStartTime().asc().list();
        Map<String, Integer> latest = new HashMap<>();
        return instances.stream().map(pi -> run(pi, latest)).toList();
    }

    /** The definition a process instance of this case ran on; empty when the instance is not the case's. */
    public Optional<String> definitionOf(long caseId, String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null || !String.valueOf(caseId).equals(instance.getBusinessKey())) {
            return Optional.empty();
        }
        return Optional.of(instance.getProcessDefinitionId());
    }

    /** The BPMN XML exactly as deployed for this definition (this version, not the latest). */
    public byte[] diagramXml(String definitionId) {
        try (InputStream in = repository.getProcessModel(definitionId)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flows and event subprocesses of a definition; definitions never change, so each is parsed once. */
    public ProcessModel model(String definitionId) {
        return models.computeIfAbsent(definitionId, this::parse);
    }

    private ProcessModel parse(String definitionId) {
        BpmnModelInstance bpmn = repository.getBpmnModelInstance(definitionId);
        List<ProcessModel.Flow> flows = bpmn.getModelElementsByType(SequenceFlow.class).stream()
                .map(f -> new ProcessModel.Flow(f.getId(), f.getSource().getId(), f.getTarget().getId())).toList();
        Set<String> eventSubProcesses = bpmn.getModelElementsByType(SubProcess.class).stream()
                .filter(SubProcess::triggeredByEvent).map(SubProcess::getId).collect(Collectors.toSet());
        Map<String, String> names = bpmn.getModelElementsByType(FlowNode.class).stream()
                .filter(n -> n.getName() != null).collect(Collectors.toMap(FlowNode::getId, FlowNode::getName));
        return new ProcessModel(definitionId, flows, eventSubProcesses, names);
    }

    private ProcessRun run(HistoricProcessInstance pi, Map<String, Integer> latestVersions) {
        ProcessModel model = model(pi.getProcessDefinitionId());
        int latest = latestVersions.computeIfAbsent(pi.getProcessDefinitionKey(), this::latestVersion);
        int version = pi.getProcessDefinitionVersion() == null ? 0 : pi.getProcessDefinitionVersion();
        return new ProcessRun(pi.getId(), pi.getSuperProcessInstanceId(), pi.getProcessDefinitionKey(),
                pi.getProcessDefinitionName(), pi.getProcessDefinitionId(), version, Math.max(latest, version),
                instant(pi.getStartTime()), instant(pi.getEndTime()), state(pi.getState()), steps(pi.getId(), model),
                timers(pi.getId()));
    }

    private int latestVersion(String processKey) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        return latest == null ? 0 : latest.getVersion();
    }

    private List<HistoryStep> steps(String processInstanceId, ProcessModel model) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .map(a -> step(a, model)).toList();
    }

    private static HistoryStep step(HistoricActivityInstance a, ProcessModel model) {
        StepType type = model.eventSubProcesses().contains(a.getActivityId()) ? StepType.EVENT_SUB_PROCESS
                : StepType.of(a.getActivityType());
        return new HistoryStep(a.getId(), a.getParentActivityInstanceId(), a.getActivityId(), a.getActivityName(),
                type, a.getAssignee(), a.getCalledProcessInstanceId(), instant(a.getStartTime()),
                instant(a.getEndTime()), a.isCanceled());
    }

    /** The timers' jobs, one entry per job however often it was retried, in the order they were created. */
    private List<TimerJob> timers(String processInstanceId) {
        Map<String, List<HistoricJobLog>> byJob = new LinkedHashMap<>();
        history.createHistoricJobLogQuery().processInstanceId(processInstanceId).orderByTimestamp().asc()
                .orderPartiallyByOccurrence().asc().list().stream()
                .filter(log -> log.getJobDefinitionType() != null
                        && log.getJobDefinitionType().startsWith(TIMER_JOB_PREFIX))
                .forEach(log -> byJob.computeIfAbsent(log.getJobId(), id -> new ArrayList<>()).add(log));
        return byJob.values().stream().map(ProcessHistory::timer).toList();
    }

    private static TimerJob timer(List<HistoricJobLog> logs) {
        HistoricJobLog first = logs.get(0);
        Instant fired = logs.stream().filter(HistoricJobLog::isSuccessLog).map(l -> instant(l.getTimestamp()))
                .findFirst().orElse(null);
        boolean removed = fired == null && logs.stream().anyMatch(HistoricJobLog::isDeletionLog);
        int failures = (int) logs.stream().filter(HistoricJobLog::isFailureLog).count();
        return new TimerJob(first.getJobId(), first.getActivityId(), instant(first.getJobDueDate()), fired, removed,
                failures);
    }

    private static ProcessRun.RunState state(String state) {
        if (state == null) {
            return ProcessRun.RunState.ACTIVE;
        }
        return switch (state) {
            case HistoricProcessInstance.STATE_COMPLETED -> ProcessRun.RunState.COMPLETED;
            case HistoricProcessInstance.STATE_SUSPENDED -> ProcessRun.RunState.SUSPENDED;
            case HistoricProcessInstance.STATE_ACTIVE -> ProcessRun.RunState.ACTIVE;
            default -> ProcessRun.RunState.TERMINATED;
        };
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
