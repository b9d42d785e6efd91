package se.kasus.processadmin;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A {@link ModelSet} read once: each BPMN and DMN file as a model instance, each form's id, each scenario file, and
 * a violation for every file that cannot be read at all.
 */
final class ModelIndex {

    private static final ObjectMapper JSON = new ObjectMapper();

    final ModelSet models;
    final Map<String, BpmnModelInstance> bpmn = new LinkedHashMap<>();
    final Map<String, DmnModelInstance> dmn = new LinkedHashMap<>();
    /** File → the form's {@code id}, for every form that is JSON with an id. */
    final Map<String, String> formIds = new LinkedHashMap<>();
    final Map<String, ScenarioFile> scenarios = new LinkedHashMap<>();
    final List<LintViolation> unreadable = new ArrayList<>();

    ModelIndex(ModelSet models) {
        this.models = models;
        for (String name : models.names()) {
            switch (ModelSet.Kind.of(name).orElseThrow()) {
                case BPMN -> readBpmn(name);
                case DMN -> readDmn(name);
                case FORM -> readFormId(name);
                case SCENARIOS -> readScenarios(name);
            }
        }
    }

    private void readBpmn(String name) {
        try {
            bpmn.put(name, Bpmn.readModelFromStream(new ByteArrayInputStream(models.content(name))));
        } catch (RuntimeException e) {
            unreadable.add(new LintViolation(name, null, "Filen kan inte läsas som BPMN 2.0: " + cause(e)));
        }
    }

    private void readDmn(String name) {
        try {
            dmn.put(name, Dmn.readModelFromStream(new ByteArrayInputStream(models.content(name))));
        } catch (RuntimeException e) {
            unreadable.add(new LintViolation(name, null, "Filen kan inte läsas som DMN 1.3: " + cause(e)));
        }
    }

    private void readFormId(String name) {
        try {
            JsonNode root = JSON.readTree(models.content(name));
            String id = root == null ? null : root.path("id").asText(null);
            if (id == null || id.isBlank()) {
                unreadable.add(new LintViolation(name, null, "Formuläret saknar id."));
            } else {
                formIds.put(name, id);
            }
        } catch (java.io.IOException e) {
            unreadable.add(new LintViolation(name, null, "Formuläret är inte giltig JSON: " + cause(e)));
        }
    }

    private void readScenarios(String name) {
        try {
            scenarios.put(name, ScenarioFile.parse(models.text(name)));
        } catch (IllegalArgumentException e) {
            unreadable.add(new LintViolation(name, null, e.getMessage()));
        }
    }

    /** The executable processes a BPMN file defines. */
    static List<Process> executableProcesses(BpmnModelInstance model) {
        return model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).toList();
    }

    /** Process ids, decision ids and form ids that a file defines. */
    Set<String> idsDefinedBy(String file) {
        Set<String> ids = new LinkedHashSet<>();
        Optional.ofNullable(bpmn.get(file))
                .ifPresent(m -> executableProcesses(m).forEach(p -> ids.add(p.getId())));
        Optional.ofNullable(dmn.get(file))
                .ifPresent(m -> m.getModelElementsByType(Decision.class).forEach(d -> ids.add(d.getId())));
        Optional.ofNullable(formIds.get(file)).ifPresent(ids::add);
        return ids;
    }

    /** Executable process ids in the whole set. */
    Set<String> processIds() {
        Set<String> ids = new LinkedHashSet<>();
        bpmn.values().forEach(m -> executableProcesses(m).forEach(p -> ids.add(p.getId())));
        return ids;
    }

    Set<String> decisionIds() {
        Set<String> ids = new LinkedHashSet<>();
        dmn.values().forEach(m -> m.getModelElementsByType(Decision.class).forEach(d -> ids.add(d.getId())));
        return ids;
    }

    /** The executable processes with a user task whose form is this one. */
    Set<String> processesUsingForm(String formId) {
        Set<String> ids = new LinkedHashSet<>();
        for (BpmnModelInstance model : bpmn.values()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                Process process = processOf(task);
                if (formId.equals(task.getCamundaFormRef()) && process != null && process.isExecutable()) {
                    ids.add(process.getId());
                }
            }
        }
        return ids;
    }

    /** The process an element belongs to, through any subprocesses. */
    static Process processOf(org.camunda.bpm.model.xml.instance.ModelElementInstance element) {
        org.camunda.bpm.model.xml.instance.ModelElementInstance node = element;
        while (node != null && !(node instanceof Process)) {
            node = node.getParentElement();
        }
        return (Process) node;
    }

    static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? e.getMessage() : root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.strip();
    }
}
