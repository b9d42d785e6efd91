package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import se.kasus.forms.FormSchema;

/**
 * Every user task of every deployed process has a form that resolves in its own deployment, and a Kasus step that
 * writes its record; every delegate it names is a bean; every process has a history time to live.
 */
class ModelConsistencyTest extends ProcessTestBase {

    @Autowired RepositoryService repository;
    @Autowired StepRegistry steps;
    @Autowired ApplicationContext context;

    @Test
    void everyUserTaskHasAResolvableFormAndAStep() throws IOException {
        List<String> userTasks = new ArrayList<>();
        for (ProcessDefinition definition : latestDefinitions()) {
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                userTasks.add(task.getId());
                String formRef = task.getCamundaFormRef();
                assertThat(formRef).as("formRef på %s", task.getId()).isNotBlank();
                assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
                assertThat(formSchemaInDeployment(definition.getDeploymentId(), formRef).id()).isEqualTo(formRef);
                assertThat(task.getCamundaCandidateGroups()).as("kandidatgrupp på %s", task.getId()).isNotBlank();
                assertThat(steps.forTask(task.getId()).taskKey()).isEqualTo(task.getId());
            }
        }
        assertThat(userTasks).hasSizeGreaterThanOrEqualTo(15);
        assertThat(steps.taskKeys()).as("inga steg utan uppgift").isSubsetOf(new HashSet<>(userTasks));
    }

    @Test
    void everyDelegateIsABeanAndEveryProcessHasAHistoryTimeToLive() {
        for (ProcessDefinition definition : latestDefinitions()) {
            assertThat(definition.getHistoryTimeToLive()).as("historyTimeToLive i %s", definition.getKey())
                    .isNotNull();
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                assertThat(task.getCamundaClass()).as("camunda:class på %s", task.getId()).isNull();
                String bean = task.getCamundaDelegateExpression().replace("${", "").replace("}", "");
                assertThat(context.containsBean(bean)).as("bönan %s", bean).isTrue();
            }
        }
    }

    private List<ProcessDefinition> latestDefinitions() {
        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().latestVersion().list();
        Set<String> keys = new HashSet<>();
        definitions.forEach(d -> keys.add(d.getKey()));
        assertThat(keys).contains("aldreomsorg-bistand", "gemensam-beslut-och-delgivning", "gemensam-verkstallighet",
                "gemensam-uppfoljning", "gemensam-overklagande");
        return definitions;
    }

    private FormSchema formSchemaInDeployment(String deploymentId, String formRef) throws IOException {
        String resource = repository.getDeploymentResourceNames(deploymentId).stream()
                .filter(name -> name.endsWith("/" + formRef + ".form")).findFirst()
                .orElseThrow(() -> new AssertionError("formuläret " + formRef + " finns inte i driftsättningen"));
        try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
            return FormSchema.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
