package se.kasus.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** The running legal deadlines as the engine holds them, read without the deadline view's code, for comparing. */
record EngineDeadlines(ManagementService management, TaskService taskService, RepositoryService repository,
        RuntimeService runtime, CaseRepository cases) {

    /** What the engine says runs: the key from the model, the case and the engine's own due date. */
    record Expected(String kind, long caseId, Instant due) {
    }

    /**
     * The engine's own answer, without the view's code: every timer job and every open task with a due date, kept
     * when its element in the BPMN model carries a frist property and its case belongs to the unit; ordered by due
     * date, then case and kind, one row per (kind, case, due date).
     */
    List<Expected> inUnit(String unitId) {
        List<Expected> found = new ArrayList<>();
        for (Job job : management.createJobQuery().timers().list()) {
            String activityId = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                    .singleResult().getActivityId();
            add(found, unitId, job.getProcessDefinitionId(), activityId, job.getProcessInstanceId(),
                    job.getDuedate().toInstant());
        }
        for (Task task : taskService.createTaskQuery().active().list()) {
            if (task.getDueDate() != null) {
                add(found, unitId, task.getProcessDefinitionId(), task.getTaskDefinitionKey(),
                        task.getProcessInstanceId(), task.getDueDate().toInstant());
            }
        }
        // A task and the timer enforcing the same deadline on it are one deadline.
        return found.stream().distinct().sorted(Comparator.comparing(Expected::due).thenComparingLong(Expected::caseId)
                .thenComparing(Expected::kind)).toList();
    }

    private void add(List<Expected> found, String unitId, String definitionId, String activityId,
            String processInstanceId, Instant due) {
        String kind = fristProperty(definitionId, activityId);
        if (kind == null) {
            return;
        }
        long caseId = Long.parseLong(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getBusinessKey());
        if (cases.findById(caseId).orElseThrow().unitId().equals(unitId)) {
            found.add(new Expected(kind, caseId, due));
        }
    }

    private String fristProperty(String definitionId, String activityId) {
        BaseElement element = repository.getBpmnModelInstance(definitionId).getModelElementById(activityId);
        if (element == null || element.getExtensionElements() == null) {
            return null;
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream()).filter(p -> "frist".equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
    }
}
