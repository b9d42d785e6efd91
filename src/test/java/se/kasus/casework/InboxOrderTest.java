package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.EnumSet;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.kasus.TestOrganisation;
import se.kasus.access.Role;
import se.kasus.access.UserDirectory;
import se.kasus.engine.WorkTask;
import se.kasus.registry.PersonView;

/** When a unit has more tasks than the inbox shows, the cut keeps the most urgent, not the oldest ids. */
class InboxOrderTest extends ProcessTestBase {

    @Autowired TaskService tasks;
    @Autowired UserDirectory directory;

    @Test
    void theInboxKeepsTheTasksWithTheEarliestDeadlines_whenItCannotShowThemAll() {
        ensureUnit();
        long older = caseIn("handlaggare.ordning");
        long middle = caseIn("handlaggare.ordning");
        long urgent = caseIn("handlaggare.ordning");
        setDue(urgent, new Date(System.currentTimeMillis() - 86_400_000L));
        setDue(middle, new Date(System.currentTimeMillis() + 86_400_000L));

        List<WorkTask> two = workflow.inbox("nobody", List.of("ordning.handlaggare"), 2);

        assertThat(two).extracting(WorkTask::caseId).containsExactly(urgent, middle).doesNotContain(older);
        assertThat(workflow.inbox("nobody", List.of("ordning.handlaggare"), 10_000)).extracting(WorkTask::caseId)
                .contains(older, middle, urgent);
    }

    /**
     * The groups' tasks are Kasus's own query, not the engine's: they must be exactly the engine's candidate-group
     * tasks — a colleague's claimed task included, a suspended one and another group's left out.
     */
    @Test
    void theGroupsTasksAreTheEnginesCandidateTasks() {
        ensureUnit();
        long claimed = caseIn("handlaggare.ordning");
        long suspended = caseIn("handlaggare.ordning");
        caseIn("handlaggare.ordning");
        tasks.claim(taskOf(claimed).getId(), "handlaggare.ordning");
        runtime.suspendProcessInstanceById(taskOf(suspended).getProcessInstanceId());

        List<String> engines = tasks.createTaskQuery().taskCandidateGroupIn(List.of("ordning.handlaggare"))
                .includeAssignedTasks().active().list().stream().map(Task::getId).toList();
        List<WorkTask> inbox = workflow.inbox("nobody", List.of("ordning.handlaggare"), 10_000);

        assertThat(inbox).extracting(WorkTask::id).containsExactlyInAnyOrderElementsOf(engines);
        assertThat(inbox).extracting(WorkTask::caseId).contains(claimed).doesNotContain(suspended);
        assertThat(workflow.inbox("nobody", List.of("ingen.handlaggare"), 10_000)).isEmpty();
    }

    // a unit of its own, so that other tests' tasks in the shared database cannot take the places
    private void ensureUnit() {
        if (directory.unit("ordning").isEmpty()) {
            directory.createUnit("ordning", "Ordningstest");
            directory.createUser("handlaggare.ordning", "Test", "Handläggare", TestOrganisation.PASSWORD, "ordning",
                    EnumSet.of(Role.HANDLAGGARE));
        }
    }

    private Task taskOf(long caseId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(caseId)).singleResult();
    }

    private long caseIn(String caseworker) {
        PersonView person = org.newPerson();
        return org.as(caseworker, () -> intake.registerApplication(new NewApplication(person.id(), today(),
                ServiceType.HEMTJANST, "Behöver hjälp i hemmet."))).id();
    }

    private void setDue(long caseId, Date due) {
        Task task = taskOf(caseId);
        task.setDueDate(due);
        tasks.saveTask(task);
    }
}
