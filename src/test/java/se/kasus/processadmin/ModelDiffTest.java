package se.kasus.processadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/** What the versions page says changed between two versions of a process. */
class ModelDiffTest {

    static final String KEY = "aldreomsorg-bistand";
    static final String TODAY = ModelLintTest.TODAY.text(ModelLintTest.BISTAND);

    @Test
    void aNewLabelIsANewNameAndNothingElse() {
        VersionChanges changes = compare(TODAY, TODAY.replace("name=\"Utreda behov\"", "name=\"Utreda behovet\""));
        assertThat(changes.renamed()).containsExactly(
                new VersionChanges.Renamed("Task_Utreda", "Utreda behov", "Utreda behovet"));
        assertThat(changes.changed()).isEmpty();
        assertThat(changes.summary()).isEqualTo("1 nytt namn");
    }

    @Test
    void swappedConditionsAreChangedFlows() {
        String swapped = TODAY.replace("${utfall == 'AVSLAG'}", "${x}").replace("${utfall != 'AVSLAG'}",
                "${utfall == 'AVSLAG'}").replace("${x}", "${utfall != 'AVSLAG'}");
        VersionChanges changes = compare(TODAY, swapped);
        assertThat(changes.changed()).extracting(VersionChanges.Element::id)
                .containsExactlyInAnyOrder("Flow_Utfall_LagaKraft", "Flow_Utfall_Verkstallighet");
        assertThat(changes.renamed()).isEmpty();
        assertThat(changes.summary()).isEqualTo("2 ändrade");
    }

    @Test
    void aFormReferenceATimerAndTheProcessesOwnSettingsAreChanges() {
        assertThat(compare(TODAY, TODAY.replace("camunda:formRef=\"aldreomsorg-utredning\"",
                "camunda:formRef=\"aldreomsorg-utredning-2\"")).changed()).extracting(VersionChanges.Element::id)
                .containsExactly("Task_Utreda");
        assertThat(compare(TODAY, TODAY.replace(">${svarsfrist}</bpmn:timeDate>", ">${svarsfrist2}</bpmn:timeDate>"))
                .changed()).extracting(VersionChanges.Element::id).containsExactly("Timer_Svarsfrist");
        assertThat(compare(TODAY, TODAY.replace("camunda:historyTimeToLive=\"1825\"",
                "camunda:historyTimeToLive=\"3650\"")).changed()).extracting(VersionChanges.Element::id)
                .containsExactly(KEY);
    }

    @Test
    void movingShapesInTheDiagramIsNoChange() {
        String moved = TODAY.replaceAll("x=\"(\\d+)\"", "x=\"1$1\"");
        assertThat(moved).isNotEqualTo(TODAY);
        assertThat(compare(TODAY, moved).none()).isTrue();
    }

    @Test
    void addedAndRemovedElements() {
        String before = Bpmn.convertToString(Bpmn.createExecutableProcess(KEY).startEvent("StartEvent_A")
                .userTask("Task_A").name("A").endEvent("End_A").done());
        String after = Bpmn.convertToString(Bpmn.createExecutableProcess(KEY).startEvent("StartEvent_A")
                .userTask("Task_A").name("A").userTask("Task_B").name("B").endEvent("End_B").done());
        VersionChanges changes = compare(before, after);
        assertThat(changes.added()).extracting(VersionChanges.Element::id).contains("Task_B", "End_B");
        assertThat(changes.removed()).extracting(VersionChanges.Element::id).contains("End_A");
        assertThat(changes.summary()).startsWith(changes.added().size() + " tillagda, ");
    }

    @Test
    void formsAndDecisionTablesAreComparedByContent() {
        VersionChanges changes = ModelDiff.compare(KEY, bytes(TODAY), bytes(TODAY),
                Map.of("f1", "{\"a\":1}", "f2", "{}", "f3", "{}"), Map.of("f1", "{\"a\":2}", "f2", "{}",
                        "f3", ModelDiff.MISSING, "f4", "{}"),
                Map.of("delegationsordning", "<a/>"), Map.of("delegationsordning", "<b/>"));
        assertThat(changes.formsChanged()).containsExactly("f1", "f3 (saknas i versionen)", "f4 (nytt)");
        assertThat(changes.decisionsChanged()).containsExactly("delegationsordning");
    }

    private static VersionChanges compare(String before, String after) {
        return ModelDiff.compare(KEY, bytes(before), bytes(after), Map.of(), Map.of(), Map.of(), Map.of());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
