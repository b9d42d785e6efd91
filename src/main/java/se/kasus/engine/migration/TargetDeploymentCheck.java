package se.kasus.engine.migration;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A migrated case resolves everything its later steps bind with {@code deployment} from the <em>target</em> version's
 * deployment: the sub-process a call activity starts ({@code camunda:calledElementBinding}), a user task's Camunda
 * Form ({@code camunda:formRefBinding}) and a DMN decision ({@code camunda:decisionRefBinding}). A version deployed
 * on its own, say one BPMN from Camunda Modeler, lacks them, and a case moved there would get stuck at its next call
 * activity or open a task without a form. Such a target is refused before anything moves.
 */
@Component
class TargetDeploymentCheck {

    private static final String DEPLOYMENT = "deployment";

    private final RepositoryService repository;
    private final ObjectMapper json = new ObjectMapper();

    TargetDeploymentCheck(RepositoryService repository) {
        this.repository = repository;
    }

    List<String> problems(ProcessDefinition target, BpmnModelInstance model) {
        String deploymentId = target.getDeploymentId();
        String version = "version " + target.getVersion();
        List<String> problems = new ArrayList<>();
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            String called = call.getCalledElement();
            if (DEPLOYMENT.equals(call.getCamundaCalledElementBinding()) && literal(called)
                    && repository.createProcessDefinitionQuery().deploymentId(deploymentId)
                            .processDefinitionKey(called).count() == 0) {
                problems.add(step(call) + " anropar processen " + called + " ur samma driftsättning, men "
                        + version + " driftsattes utan den.");
            }
        }
        Set<String> forms = null;
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String form = task.getCamundaFormRef();
            if (DEPLOYMENT.equals(task.getCamundaFormRefBinding()) && literal(form)) {
                forms = forms == null ? formIds(deploymentId) : forms;
                if (!forms.contains(form)) {
                    problems.add(step(task) + " använder formuläret " + form + " ur samma driftsättning, men "
                            + version + " driftsattes utan det.");
                }
            }
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            String decision = task.getCamundaDecisionRef();
            if (DEPLOYMENT.equals(task.getCamundaDecisionRefBinding()) && literal(decision)
                    && repository.createDecisionDefinitionQuery().deploymentId(deploymentId)
                            .decisionDefinitionKey(decision).count() == 0) {
                problems.add(step(task) + " använder beslutstabellen " + decision + " ur samma driftsättning, men "
                        + version + " driftsattes utan den.");
            }
        }
        return problems;
    }

    private static boolean literal(String reference) {
        return reference != null && !reference.isBlank() && !reference.contains("${") && !reference.contains("#{");
    }

    private static String step(FlowNode node) {
        return "Steget " + (node.getName() == null ? node.getId() : node.getName() + " (" + node.getId() + ")");
    }

    /** The ids of the Camunda Forms in the deployment: each {@code .form} resource's own {@code id}. */
    private Set<String> formIds(String deploymentId) {
        Set<String> ids = new HashSet<>();
        for (Resource resource : repository.getDeploymentResources(deploymentId)) {
            if (!resource.getName().endsWith(".form")) {
                continue;
            }
            try (InputStream in = repository.getResourceAsStreamById(deploymentId, resource.getId())) {
                JsonNode id = json.readTree(in).path("id");
                if (id.isTextual()) {
                    ids.add(id.asText());
                }
            } catch (IOException e) {
                // An unreadable form file is not a form the task can use; the check reports the form as missing.
            }
        }
        return ids;
    }
}
