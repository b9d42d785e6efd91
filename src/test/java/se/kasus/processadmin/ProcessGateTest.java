package se.kasus.processadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import se.kasus.TestOrganisation;
import se.kasus.access.AccessDeniedException;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEntryView;
import se.kasus.audit.AuditLog;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.NewApplication;
import se.kasus.casework.ServiceType;
import se.kasus.engine.Workflow;

/**
 * The gate on changed copies of the real bistånd model: what it refuses, why, and that a good change becomes a new
 * version. Its own Spring context (the property below), since an accepted change deploys a new version.
 */
@SpringBootTest(properties = "kasus.test.context=process-gate")
@ActiveProfiles("test")
class ProcessGateTest {

    static final String BISTAND = ModelLintTest.BISTAND;
    static final String ADMIN = "admin";

    @Autowired ProcessGate gate;
    @Autowired RepositoryService repository;
    @Autowired TestOrganisation org;
    @Autowired AuditLog auditLog;
    @Autowired CaseIntake intake;
    @Autowired Workflow workflow;

    @BeforeEach
    void organisation() {
        org.ensure();
    }

    @Test
    void refusesAUserTaskWithoutAFormAndNamesTheTask() {
        long before = deployments();
        GateReport report = asAdmin(bistand(" camunda:formRef=\"aldreomsorg-utredning\" "
                + "camunda:formRefBinding=\"deployment\"", ""), true);

        assertThat(report.passed()).isFalse();
        assertThat(report.deployed()).isNull();
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.file()).isEqualTo(BISTAND);
            assertThat(v.elementId()).isEqualTo("Task_Utreda");
            assertThat(v.message()).startsWith("Användaruppgiften saknar formulär");
        });
        assertThat(report.scenarios()).as("scenarios do not run on models that break the rules").isEmpty();
        assertThat(deployments()).isEqualTo(before);
        assertThat(lastAudit().action()).isEqualTo(AuditAction.GATE_CHECK);
        assertThat(lastAudit().reason()).startsWith("Driftsättning stoppad.").contains("Task_Utreda");
    }

    @Test
    void refusesAGatewayThatRoutesBifallToTheWrongPlace() {
        long before = deployments();
        String swapped = ModelLintTest.TODAY.text(BISTAND)
                .replace("${utfall == 'AVSLAG'}", "${utfall == 'X'}")
                .replace("${utfall != 'AVSLAG'}", "${utfall == 'AVSLAG'}")
                .replace("${utfall == 'X'}", "${utfall != 'AVSLAG'}");

        GateReport report = asAdmin(upload("aldreomsorg-bistand.bpmn", swapped), true);

        assertThat(report.passed()).isFalse();
        assertThat(report.violations()).isEmpty();
        assertThat(report.scenarios()).hasSizeGreaterThanOrEqualTo(8);
        ScenarioResult bifall = scenario(report, "Bifall");
        assertThat(bifall.passed()).isFalse();
        assertThat(bifall.failedStep()).isEqualTo("steg 5: uppgift Task_SkickaBestallning som handlaggare");
        assertThat(bifall.message()).isEqualTo("Uppgiften Task_SkickaBestallning är inte öppen. Ärendet står vid: "
                + "Timer_LagaKraft (Överklagandetiden har gått ut).");
        assertThat(scenario(report, "Komplettering och återremiss").passed())
                .as("a path that never reaches the gateway still passes").isTrue();
        assertThat(deployments()).isEqualTo(before);
        assertThat(lastAudit().reason()).contains("underkänt: Bifall");
    }

    @Test
    void refusesAConditionOnAVariableNoStepSets() {
        GateReport report = asAdmin(bistand("${beslutGodkant}</bpmn:conditionExpression>",
                "${beviljat}</bpmn:conditionExpression>"), true);

        assertThat(report.passed()).isFalse();
        ScenarioResult bifall = scenario(report, "Bifall");
        assertThat(bifall.failedStep()).as("the gateway after the decision call activity, reached on delivery")
                .isEqualTo("steg 4: uppgift Task_RegistreraDelgivning som handlaggare");
        assertThat(bifall.message()).startsWith("Processmotorn stoppade:").contains("beviljat");
        assertThat(report.deployed()).isNull();
    }

    @Test
    void acceptsARenamedTaskAndDeploysItAsANewVersion() {
        int version = latest("aldreomsorg-bistand").getVersion();

        GateReport report = asAdmin(bistand("name=\"Utreda behov\"", "name=\"Utreda behovet\""), true);

        assertThat(report.passed()).as(report.asText()).isTrue();
        assertThat(report.scenarios()).allMatch(ScenarioResult::passed).hasSizeGreaterThanOrEqualTo(8);
        assertThat(report.files()).singleElement().satisfies(f -> {
            assertThat(f.resource()).isEqualTo(BISTAND);
            assertThat(f.added()).isFalse();
        });
        ProcessDefinition now = latest("aldreomsorg-bistand");
        assertThat(now.getVersion()).isEqualTo(version + 1);
        Deployment deployment = repository.createDeploymentQuery().deploymentId(now.getDeploymentId()).singleResult();
        assertThat(deployment.getSource()).isEqualTo("kasus-grind");
        assertThat(deployment.getName()).startsWith("kasus-grind: aldreomsorg-bistand.bpmn (admin)");
        assertThat(report.deployed().versions()).contains("aldreomsorg-bistand version " + now.getVersion());
        assertThat(repository.getBpmnModelInstance(now.getId()).<UserTask>getModelElementById("Task_Utreda")
                .getName()).isEqualTo("Utreda behovet");
        assertThat(repository.getDeploymentResourceNames(now.getDeploymentId()))
                .as("the whole unit, so forms and call activities resolve in it")
                .containsAll(ModelLintTest.TODAY.names());
        assertThat(lastAudit().action()).isEqualTo(AuditAction.DEPLOY);
        assertThat(lastAudit().reason()).startsWith("Driftsatt: ").contains("aldreomsorg-bistand version "
                + now.getVersion());

        long caseId = org.as("handlaggare.norr", () -> intake.registerApplication(new NewApplication(
                org.newPerson().id(), java.time.LocalDate.now(), ServiceType.HEMTJANST, null))).id();
        assertThat(workflow.activeSteps(caseId)).as("a new case runs on the new version")
                .containsExactly("Utreda behovet");
    }

    @Test
    void aTrialRunDeploysNothingAndAnUnchangedModelIsNoChange() {
        long before = deployments();
        GateReport trial = asAdmin(bistand("name=\"Utreda behov", "name=\"Utreda behov (prov)"), false);
        assertThat(trial.passed()).isTrue();
        assertThat(trial.deployed()).isNull();
        assertThat(deployments()).isEqualTo(before);
        assertThat(lastAudit().reason()).startsWith("Provkörning.");

        byte[] current = new ModelUnits(repository).current().content(BISTAND);
        GateReport same = asAdmin(List.of(new ProcessGate.Upload("aldreomsorg-bistand.bpmn", current)), true);
        assertThat(same.passed()).isFalse();
        assertThat(same.problems()).containsExactly(
                "Ingen ändring: filerna är desamma som i den driftsatta versionen.");
    }

    @Test
    void refusesFilesThatAreNoModels() {
        GateReport report = asAdmin(upload("anteckningar.txt", "hej"), true);
        assertThat(report.passed()).isFalse();
        assertThat(report.problems()).singleElement().asString().startsWith("Filen anteckningar.txt är varken");
        assertThat(asAdmin(List.of(), true).problems()).singleElement().asString().startsWith("Välj minst en");
    }

    @Test
    void aHandlaggareIsRefusedAndTheRefusalIsAudited() {
        assertThatThrownBy(() -> org.as("handlaggare.norr",
                () -> gate.check(upload("aldreomsorg-bistand.bpmn", "x"), true)))
                .isInstanceOf(AccessDeniedException.class);
        AuditEntryView refusal = lastAudit();
        assertThat(refusal.action()).isEqualTo(AuditAction.DENIED);
        assertThat(refusal.actor()).isEqualTo("handlaggare.norr");
        assertThat(refusal.resource()).isEqualTo("processgrind");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private GateReport asAdmin(List<ProcessGate.Upload> uploads, boolean deploy) {
        return org.as(ADMIN, () -> gate.check(uploads, deploy));
    }

    static List<ProcessGate.Upload> bistand(String from, String to) {
        String text = ModelLintTest.TODAY.text(BISTAND);
        assertThat(text).contains(from);
        return upload("aldreomsorg-bistand.bpmn", text.replace(from, to));
    }

    static List<ProcessGate.Upload> upload(String name, String content) {
        return List.of(new ProcessGate.Upload(name, content.getBytes(StandardCharsets.UTF_8)));
    }

    private static ScenarioResult scenario(GateReport report, String name) {
        return report.scenarios().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private ProcessDefinition latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    private long deployments() {
        return repository.createDeploymentQuery().count();
    }

    private AuditEntryView lastAudit() {
        return auditLog.latest(1).get(0);
    }
}
