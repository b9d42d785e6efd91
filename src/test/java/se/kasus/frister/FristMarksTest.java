package se.kasus.frister;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import se.kasus.engine.DeadlineMarks;

/**
 * The convention that links the models to the deadline view, checked on the files in {@code processes/}: every
 * element marked {@code frist} is a user task with a due date or a timer event, its key has a label and law reference
 * in {@code config/frister.yml}, and the legal deadlines of the existing models are marked.
 */
class FristMarksTest {

    record Mark(String file, String elementId, String key, FlowNode node) {
    }

    @Test
    void everyMarkedElementIsATaskWithADueDateOrATimerAndItsKeyIsConfigured() throws IOException {
        List<String> configured = configuredKeys();
        List<Mark> marks = marks();
        assertThat(marks).isNotEmpty();
        assertThat(marks).allSatisfy(m -> {
            assertThat(configured).as("%s %s: nyckeln %s saknas i config/frister.yml", m.file(), m.elementId(), m.key())
                    .contains(m.key());
            assertThat(isTaskWithDueDate(m.node()) || isTimer(m.node()))
                    .as("%s %s: en frist sitter på en användaruppgift med dueDate eller en timer", m.file(),
                            m.elementId()).isTrue();
        });
    }

    @Test
    void theExistingModelsLegalDeadlinesAreMarked() throws IOException {
        assertThat(marks()).extracting(Mark::elementId, Mark::key).contains(
                org.assertj.core.groups.Tuple.tuple("Task_RegistreraSvar", "KOMMUNICERING_SVARSFRIST"),
                org.assertj.core.groups.Tuple.tuple("Timer_LagaKraft", "OVERKLAGANDETID"),
                org.assertj.core.groups.Tuple.tuple("StartEvent_EjVerkstallt", "EJ_VERKSTALLT"));
        // The follow-up date is the authority's own plan, not a legal deadline.
        assertThat(marks()).extracting(Mark::elementId).doesNotContain("Task_FoljaUpp", "Timer_Uppfoljningsdatum");
    }

    @Test
    void everyKindTheIssueNamesHasALabelAndALawReference() throws IOException {
        assertThat(configuredKeys()).contains("FORHANDSBEDOMNING", "BARNUTREDNING", "LVU_UNDERSTALLAN", "LVU_ANSOKAN",
                "LVU_OMPROVNING", "EJ_VERKSTALLT", "KOMMUNICERING_SVARSFRIST", "OVERKLAGANDETID");
    }

    private static boolean isTaskWithDueDate(FlowNode node) {
        return node instanceof UserTask task && task.getCamundaDueDate() != null
                && !task.getCamundaDueDate().isBlank();
    }

    private static boolean isTimer(FlowNode node) {
        return node instanceof CatchEvent
                && !((CatchEvent) node).getEventDefinitions().stream()
                        .filter(TimerEventDefinition.class::isInstance).toList().isEmpty();
    }

    private static List<Mark> marks() throws IOException {
        List<Mark> marks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                    String key = DeadlineMarks.fristOf(node);
                    if (key != null) {
                        marks.add(new Mark(file.toString(), node.getId(), key, node));
                    }
                }
            }
        }
        return marks;
    }

    @SuppressWarnings("unchecked")
    private static List<String> configuredKeys() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("config/frister.yml"))) {
            Map<String, Object> root = new Yaml().load(in);
            Map<String, Object> frister = (Map<String, Object>) ((Map<String, Object>) root.get("kasus")).get("frister");
            List<Map<String, Object>> kinds = (List<Map<String, Object>>) frister.get("kinds");
            kinds.forEach(k -> assertThat(k).containsKeys("key", "label", "law", "valid-from", "check"));
            return kinds.stream().map(k -> (String) k.get("key")).toList();
        }
    }
}
