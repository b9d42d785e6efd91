package se.kasus.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Which BPMN elements carry a legal deadline (frist): a user task with a due date or a timer event whose element has
 * {@code <camunda:property name="frist" value="KEY"/>}. A process owner adds a new deadline to the deadline view by
 * adding that property in the model; no code changes.
 *
 * <p>Each process definition is parsed once: a deployed definition never changes, a new model is a new definition.
 */
@Component
public class DeadlineMarks {

    /** The name of the camunda:property that marks an element as a legal deadline. */
    public static final String PROPERTY = "frist";

    private final RepositoryService repository;
    private final Map<String, Map<String, String>> byDefinition = new ConcurrentHashMap<>();

    DeadlineMarks(RepositoryService repository) {
        this.repository = repository;
    }

    /** Activity id to frist key for one process definition (id such as {@code aldreomsorg-bistand:3:abc}). */
    public Map<String, String> of(String processDefinitionId) {
        return byDefinition.computeIfAbsent(processDefinitionId, this::parse);
    }

    /**
     * The marks of every deployed process definition, keyed by definition id. Listing the definitions is one small
     * query; only definitions not seen before are parsed.
     */
    public Map<String, Map<String, String>> ofAllDefinitions() {
        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().list();
        return definitions.stream().collect(Collectors.toMap(ProcessDefinition::getId, d -> of(d.getId())));
    }

    private Map<String, String> parse(String processDefinitionId) {
        BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
        Map<String, String> marks = new HashMap<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            String key = fristOf(node);
            if (key != null) {
                marks.put(node.getId(), key);
            }
        }
        return Map.copyOf(marks);
    }

    /** The element's frist key, or {@code null} when it carries none. */
    public static String fristOf(FlowNode node) {
        ExtensionElements extensions = node.getExtensionElements();
        if (extensions == null) {
            return null;
        }
        for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                if (PROPERTY.equals(property.getCamundaName()) && property.getCamundaValue() != null
                        && !property.getCamundaValue().isBlank()) {
                    return property.getCamundaValue().trim();
                }
            }
        }
        return null;
    }
}
