package se.kasus.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kasus.engine.identity.IdentityFixture.ANNA;
import static se.kasus.engine.identity.IdentityFixture.PASSWORD;
import static se.kasus.engine.identity.IdentityFixture.SVEN;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.kasus.access.UserDirectory;
import se.kasus.engine.identity.IdentityFixture;
import se.kasus.engine.identity.IdentitySliceTest;

/**
 * Deploying from Camunda Modeler: its "Deploy" posts the model to the engine REST API with HTTP Basic. A
 * systemförvaltare may; a handläggare has no engine authorization to create deployments. (That such a deployment
 * bypasses the gate, and how to close that path, is in ProcessPagesTest and the README.)
 */
@IdentitySliceTest
class ModelerDeploymentTest {

    @LocalServerPort int port;
    @Autowired UserDirectory directory;
    @Autowired ProcessEngine engine;

    @BeforeEach
    void fixture() {
        IdentityFixture.ensure(directory, engine);
    }

    @Test
    void theSystemforvaltareDeploysFromModelerAndAHandlaggareMayNot() {
        byte[] model = Bpmn.convertToString(Bpmn.createExecutableProcess("modeler-test").camundaHistoryTimeToLive(30)
                .startEvent("StartEvent_Test").endEvent("End_Test").done()).getBytes(StandardCharsets.UTF_8);
        Map<String, String> fields = Map.of("deployment-name", "modeler-test", "deployment-source", "Camunda Modeler");

        HttpResponse<String> handlaggare = new TestBrowser(port).withBasic(ANNA, PASSWORD)
                .postMultipart("/engine-rest/deployment/create", fields, "modeler-test.bpmn", model);
        assertThat(handlaggare.statusCode()).isEqualTo(403);

        HttpResponse<String> admin = new TestBrowser(port).withBasic(SVEN, PASSWORD)
                .postMultipart("/engine-rest/deployment/create", fields, "modeler-test.bpmn", model);
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
        Deployment deployment = engine.getRepositoryService().createDeploymentQuery()
                .deploymentName("modeler-test").singleResult();
        assertThat(deployment.getSource()).isEqualTo("Camunda Modeler");
    }
}
