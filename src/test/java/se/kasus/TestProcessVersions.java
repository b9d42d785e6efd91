package se.kasus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * New versions of the main process for migration tests, made from the real BPMN by small edits, and removed again
 * after the test (with their instances), so that the other tests in the same Spring context start their cases on the
 * version the application deployed.
 */
public final class TestProcessVersions {

    public static final String MAIN_PROCESS = "aldreomsorg-bistand";
    private static final String MAIN_RESOURCE = "processes/aldreomsorg/aldreomsorg-bistand.bpmn";
    private static final String[] SHARED = { "classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn",
            "classpath*:forms/**/*.form" };

    private final RepositoryService repository;
    private final List<String> deployments = new ArrayList<>();

    public TestProcessVersions(RepositoryService repository) {
        this.repository = repository;
    }

    public ProcessDefinition latest() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(MAIN_PROCESS).latestVersion()
                .singleResult();
    }

    /**
     * Deploys the main process as changed by {@code change}, in one deployment with every other process, decision
     * and form, as the application's start-up deploys them. The other processes get new versions too.
     */
    public ProcessDefinition deploy(String name, Consumer<BpmnModelInstance> change) {
        return deploy(name, change, true);
    }

    /** Deploys only the changed main process, as one BPMN from Camunda Modeler would be. */
    public ProcessDefinition deployAlone(String name, Consumer<BpmnModelInstance> change) {
        return deploy(name, change, false);
    }

    private ProcessDefinition deploy(String name, Consumer<BpmnModelInstance> change, boolean withShared) {
        BpmnModelInstance model = mainModel();
        model.getDefinitions().getBpmDiagrams().clear(); // the engine needs no diagram; edits need not move shapes
        change.accept(model);
        DeploymentBuilder builder = repository.createDeployment().name(name)
                .addString(MAIN_RESOURCE, Bpmn.convertToString(model));
        if (withShared) {
            for (String pattern : SHARED) {
                for (Resource resource : resources(pattern)) {
                    String path = path(resource);
                    if (!path.equals(MAIN_RESOURCE)) {
                        builder.addInputStream(path, open(resource));
                    }
                }
            }
        }
        Deployment deployment = builder.deploy();
        deployments.add(deployment.getId());
        return repository.createProcessDefinitionQuery().deploymentId(deployment.getId())
                .processDefinitionKey(MAIN_PROCESS).singleResult();
    }

    /** Removes what this helper deployed, cascading to every instance still running on it. */
    public void deleteAll() {
        for (String id : deployments) {
            repository.deleteDeployment(id, true, true, true);
        }
        deployments.clear();
    }

    // Edits of the model

    public static Consumer<BpmnModelInstance> renameLabel(String activityId, String name) {
        return model -> ((FlowNode) model.getModelElementById(activityId)).setName(name);
    }

    /** Removes a task with a single incoming and a single outgoing flow, leading its incoming flow to its successor. */
    public static Consumer<BpmnModelInstance> removeTask(String activityId) {
        return model -> {
            FlowNode task = model.getModelElementById(activityId);
            SequenceFlow in = task.getIncoming().iterator().next();
            SequenceFlow out = task.getOutgoing().iterator().next();
            in.setTarget(out.getTarget());
            remove(model, out.getId());
            remove(model, activityId);
        };
    }

    public static Consumer<BpmnModelInstance> renameId(String activityId, String newId) {
        return model -> ((BaseElement) model.getModelElementById(activityId)).setId(newId);
    }

    /** Gives a timer a fixed duration instead of its date. */
    public static Consumer<BpmnModelInstance> timerDuration(String timerDefinitionId, String isoDuration) {
        return model -> {
            TimerEventDefinition timer = model.getModelElementById(timerDefinitionId);
            if (timer.getTimeDate() != null) {
                timer.removeChildElement(timer.getTimeDate());
            }
            TimeDuration duration = model.newInstance(TimeDuration.class);
            duration.setTextContent(isoDuration);
            timer.setTimeDuration(duration);
        };
    }

    private static void remove(BpmnModelInstance model, String id) {
        ModelElementInstance element = model.getModelElementById(id);
        element.getParentElement().removeChildElement(element);
    }

    private static BpmnModelInstance mainModel() {
        try (InputStream in = new PathMatchingResourcePatternResolver().getResource("classpath:" + MAIN_RESOURCE)
                .getInputStream()) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Resource[] resources(String pattern) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String path(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int processes = url.lastIndexOf("/processes/");
            int forms = url.lastIndexOf("/forms/");
            return url.substring(Math.max(processes, forms) + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new ByteArrayInputStream(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
