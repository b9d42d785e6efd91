package se.kasus.processadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The modelling rules on today's models, and each rule on a copy of a real model broken in exactly that way. */
class ModelLintTest {

    static final String BISTAND = "processes/aldreomsorg/aldreomsorg-bistand.bpmn";
    static final String BESLUT = "processes/gemensam/gemensam-beslut-och-delgivning.bpmn";
    static final String VERKSTALLIGHET = "processes/gemensam/gemensam-verkstallighet.bpmn";
    static final String DMN = "processes/gemensam/delegationsordning.dmn";
    static final String KVITTENS = "forms/gemensam/gemensam-kvittens.form";

    static final ModelSet TODAY = ModelSet.fromDirectory(Path.of("."));

    private final ModelLint lint = ModelLint.standalone();

    @Test
    void everyModelInProcessesAndFormsPassesToday() {
        assertThat(TODAY.names(ModelSet.Kind.BPMN)).hasSize(13);
        assertThat(TODAY.names(ModelSet.Kind.DMN)).containsExactly(DMN);
        assertThat(TODAY.names(ModelSet.Kind.FORM)).hasSizeGreaterThanOrEqualTo(15);
        assertThat(TODAY.names(ModelSet.Kind.SCENARIOS)).isNotEmpty();
        assertThat(lint.check(TODAY)).isEmpty();
    }

    @Test
    void delegateBeansAreCheckedInsideTheApplication() {
        assertThat(ModelLint.inApplication(bean -> !bean.equals("caseworkCloseCaseDelegate")).check(TODAY))
                .filteredOn(v -> v.file().equals(BISTAND)).extracting(LintViolation::elementId, LintViolation::message)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Task_AvslutaArende",
                                "Tjänsteuppgiften anropar bönan 'caseworkCloseCaseDelegate', som inte finns i Kasus."),
                        org.assertj.core.groups.Tuple.tuple("Task_AvslutaAvslag",
                                "Tjänsteuppgiften anropar bönan 'caseworkCloseCaseDelegate', som inte finns i Kasus."));
    }

    @Test
    void aUserTaskWithoutAFormIsNamed() {
        List<LintViolation> found = lint.check(edit(BISTAND,
                " camunda:formRef=\"aldreomsorg-utredning\" camunda:formRefBinding=\"deployment\"", ""));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.file()).isEqualTo(BISTAND);
            assertThat(v.elementId()).isEqualTo("Task_Utreda");
            assertThat(v.message()).startsWith("Användaruppgiften saknar formulär");
        });
    }

    @Test
    void aFormMustBeBoundToTheDeploymentAndBeInTheSet() {
        assertThat(lint.check(edit(BISTAND, "camunda:formRef=\"aldreomsorg-utredning\" camunda:formRefBinding="
                + "\"deployment\"", "camunda:formRef=\"aldreomsorg-utredning\" camunda:formRefBinding=\"latest\"")))
                .singleElement().satisfies(v -> {
                    assertThat(v.elementId()).isEqualTo("Task_Utreda");
                    assertThat(v.message()).contains("camunda:formRefBinding=\"deployment\"");
                });
        assertThat(lint.check(edit(BISTAND, "camunda:formRef=\"aldreomsorg-utredning\"",
                "camunda:formRef=\"aldreomsorg-utredning-ny\""))).singleElement().satisfies(v -> {
                    assertThat(v.elementId()).isEqualTo("Task_Utreda");
                    assertThat(v.message()).contains("'aldreomsorg-utredning-ny' finns inte");
                });
    }

    @Test
    void aUserTaskNeedsACandidateGroup() {
        assertThat(lint.check(edit(BESLUT, " camunda:candidateGroups=\"${unitId}.${beslutsfattareRoll}\"", "")))
                .singleElement().satisfies(v -> {
                    assertThat(v.elementId()).isEqualTo("Task_FattaBeslut");
                    assertThat(v.message()).startsWith("Användaruppgiften saknar kandidatgrupp");
                });
    }

    @Test
    void processesAndDecisionsNeedAHistoryTimeToLive() {
        assertThat(lint.check(edit(BISTAND, " camunda:historyTimeToLive=\"1825\"", ""))).singleElement()
                .satisfies(v -> {
                    assertThat(v.elementId()).isEqualTo("aldreomsorg-bistand");
                    assertThat(v.message()).startsWith("Processen saknar camunda:historyTimeToLive");
                });
        assertThat(lint.check(edit(DMN, " camunda:historyTimeToLive=\"1825\"", ""))).singleElement()
                .satisfies(v -> {
                    assertThat(v.elementId()).isEqualTo("delegationsordning");
                    assertThat(v.message()).startsWith("Beslutstabellen saknar camunda:historyTimeToLive");
                });
    }

    @Test
    void aTimerWithALiteralDurationIsRefused() {
        String svarsfrist = "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${svarsfrist}</bpmn:timeDate>";
        assertThat(lint.check(edit(BISTAND, svarsfrist,
                "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">P14D</bpmn:timeDuration>")))
                .singleElement().satisfies(v -> {
                    assertThat(v.elementId()).isEqualTo("Timer_Svarsfrist");
                    assertThat(v.message()).startsWith("Timern har en fast tid (P14D)")
                            .contains("config/deadlines.yml");
                });
        assertThat(lint.check(edit(BISTAND, svarsfrist,
                "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">2026-06-01T00:00:00</bpmn:timeDate>")))
                .extracting(LintViolation::elementId).containsExactly("Timer_Svarsfrist");
    }

    @Test
    void camundaClassIsRefusedOnTasksAndListeners() {
        List<LintViolation> onTask = lint.check(edit(BISTAND,
                "id=\"Task_AvslutaArende\" name=\"Avsluta ärendet\" camunda:delegateExpression=\"${caseworkCloseCaseDelegate}\"",
                "id=\"Task_AvslutaArende\" name=\"Avsluta ärendet\" camunda:class=\"se.kasus.casework.CloseCase\""));
        assertThat(onTask).extracting(LintViolation::elementId).containsOnly("Task_AvslutaArende");
        assertThat(onTask).extracting(LintViolation::message).anyMatch(m -> m.startsWith("camunda:class ("))
                .anyMatch(m -> m.startsWith("Tjänsteuppgiften ska anropa en Spring-böna"));

        List<LintViolation> onListener = lint.check(edit(BISTAND,
                "<bpmn:userTask id=\"Task_Kommunicera\" name=\"Kommunicera underlaget\" camunda:formRef=\"gemensam-kommunicering\" camunda:formRefBinding=\"deployment\" camunda:candidateGroups=\"${unitId}.handlaggare\">",
                "<bpmn:userTask id=\"Task_Kommunicera\" name=\"Kommunicera underlaget\" camunda:formRef=\"gemensam-kommunicering\" camunda:formRefBinding=\"deployment\" camunda:candidateGroups=\"${unitId}.handlaggare\">"
                        + "<bpmn:extensionElements><camunda:taskListener class=\"se.kasus.Lyssnare\" event=\"create\" /></bpmn:extensionElements>"));
        assertThat(onListener).singleElement().satisfies(v -> {
            assertThat(v.elementId()).isEqualTo("Task_Kommunicera");
            assertThat(v.message()).startsWith("camunda:class (se.kasus.Lyssnare)");
        });
    }

    @Test
    void aServiceTaskNamesOneBean() {
        assertThat(lint.check(edit(BISTAND, "id=\"Task_AvslutaArende\" name=\"Avsluta ärendet\" "
                + "camunda:delegateExpression=\"${caseworkCloseCaseDelegate}\"", "id=\"Task_AvslutaArende\" "
                + "name=\"Avsluta ärendet\" camunda:delegateExpression=\"${caseworkCloseCaseDelegate.close(execution)}\"")))
                .singleElement().satisfies(v -> {
                    assertThat(v.elementId()).isEqualTo("Task_AvslutaArende");
                    assertThat(v.message()).startsWith("Tjänsteuppgiften ska bara namnge en böna");
                });
    }

    @Test
    void callActivitiesAndDecisionsMustBeInTheSet() {
        Map<String, byte[]> withoutExecution = new TreeMap<>(TODAY.resources());
        withoutExecution.remove(VERKSTALLIGHET);
        withoutExecution.remove(DMN);
        List<LintViolation> found = lint.check(ModelSet.of(withoutExecution));
        assertThat(found).extracting(LintViolation::elementId)
                .contains("CallActivity_Verkstallighet", "Task_BestamBeslutsfattare");
        assertThat(found).filteredOn(v -> "CallActivity_Verkstallighet".equals(v.elementId()))
                .filteredOn(v -> v.file().equals(BISTAND)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("'gemensam-verkstallighet'"));
    }

    @Test
    void elementIdsFollowTheConvention() {
        assertThat(lint.check(edit(BISTAND, "Gateway_Utfall", "ExclusiveGateway_1"))).singleElement()
                .satisfies(v -> {
                    assertThat(v.elementId()).isEqualTo("ExclusiveGateway_1");
                    assertThat(v.message()).contains("en gateway").contains("Gateway_");
                });
        assertThat(lint.check(edit(BISTAND, "Flow_Utreda_Komplettering", "SequenceFlow_1")))
                .extracting(LintViolation::elementId).containsExactly("SequenceFlow_1");
        assertThat(lint.check(edit(BISTAND, "Timer_Svarsfrist\"", "Event_Svarsfrist\"")))
                .filteredOn(v -> v.file().equals(BISTAND))
                .extracting(LintViolation::elementId).containsExactly("Event_Svarsfrist");
        assertThat(lint.check(edit(BISTAND, "End_Avslutat", "Event_Avslutat")))
                .filteredOn(v -> v.file().equals(BISTAND)).extracting(LintViolation::elementId).containsExactly("Event_Avslutat");
        assertThat(lint.check(edit(BISTAND, "Task_Kommunicera", "Task_"))).extracting(LintViolation::elementId)
                .contains("Task_");
        // Task_Utreda, not Task_Kommunicera: barn-utredning reuses the kommunicering task ids.
        assertThat(lint.check(edit(BISTAND, "Task_Utreda\"", "Activity_Utreda\"")))
                .as("Camunda Modeler's Activity_ is a task prefix too; only the scenarios now name a missing task")
                .extracting(LintViolation::file).containsOnly(TODAY.names(ModelSet.Kind.SCENARIOS).get(0));
    }

    @Test
    void processAndFormIdsAreTheFileNames() {
        assertThat(lint.check(edit(KVITTENS, "\"id\": \"gemensam-kvittens\"", "\"id\": \"kvittens\"")))
                .extracting(LintViolation::elementId, LintViolation::message)
                .contains(org.assertj.core.groups.Tuple.tuple("kvittens",
                        "Formulärets id ska vara filens namn, 'gemensam-kvittens'."));
        assertThat(lint.check(edit(BISTAND, "<bpmn:process id=\"aldreomsorg-bistand\"",
                "<bpmn:process id=\"aldreomsorg-bistand-2\""))).extracting(LintViolation::elementId)
                .contains("aldreomsorg-bistand-2");
    }

    @Test
    void aFormTheServerCannotValidateIsRefused() {
        assertThat(lint.check(edit(KVITTENS, "\"type\": \"datetime\"", "\"type\": \"filepicker\""))).isNotEmpty()
                .allSatisfy(v -> {
                    assertThat(v.file()).isEqualTo(KVITTENS);
                    assertThat(v.message()).startsWith("Formuläret kan inte valideras av Kasus");
                });
        assertThat(lint.check(edit(KVITTENS, "\"components\": [", "\"components\": {[")))
                .filteredOn(v -> v.file().equals(KVITTENS))
                .singleElement().satisfies(v -> assertThat(v.message()).startsWith("Formuläret är inte giltig JSON"));
    }

    @Test
    void unreadableModelsAreReported() {
        assertThat(lint.check(edit(BISTAND, "</bpmn:definitions>", ""))).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("Filen kan inte läsas som BPMN 2.0"));
    }

    @Test
    void scenariosMustNameExistingTasksAndRoles() {
        String scenarios = TODAY.names(ModelSet.Kind.SCENARIOS).get(0);
        assertThat(lint.check(edit(scenarios, "task: Task_Utreda", "task: Task_Utred"))).isNotEmpty()
                .allSatisfy(v -> {
                    assertThat(v.elementId()).isEqualTo("Task_Utred");
                    assertThat(v.message()).contains("användaruppgiften finns inte i någon process");
                });
        assertThat(lint.check(edit(scenarios, "as: forste-socialsekreterare", "as: chef"))).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("okänd roll 'chef'"));
    }

    /** Today's models with one text replaced in one file; the replacement must happen. */
    static ModelSet edit(String file, String from, String to) {
        String text = TODAY.text(file);
        assertThat(text).as("%s innehåller texten som ska ändras", file).contains(from);
        return TODAY.with(file, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }
}
