package se.kasus.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kasus.engine.identity.IdentityFixture.ANNA;
import static se.kasus.engine.identity.IdentityFixture.NORR_INSTANCE;
import static se.kasus.engine.identity.IdentityFixture.PASSWORD;
import static se.kasus.engine.identity.IdentityFixture.PROCESS_KEY;
import static se.kasus.engine.identity.IdentityFixture.RUT;
import static se.kasus.engine.identity.IdentityFixture.SODER_INSTANCE;
import static se.kasus.engine.identity.IdentityFixture.SVEN;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.access.UserDirectory;
import se.kasus.engine.identity.IdentityFixture;
import se.kasus.engine.identity.IdentitySliceTest;

@IdentitySliceTest
class SecurityConfigurationTest {

    static final String WHO_AM_I = "/camunda/api/admin/auth/user/default";
    static final String START = "/engine-rest/process-definition/key/" + PROCESS_KEY + "/start";
    static final String START_BODY = """
            {"variables": {"team": {"value": "aldre-norr.handlaggare", "type": "String"}}}""";

    final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    UserDirectory directory;
    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void fixture() {
        IdentityFixture.ensure(directory, engine);
    }

    TestBrowser browser() {
        return new TestBrowser(port);
    }

    // login page

    @Test
    void loginPageIsPublicSwedishAndCarriesACsrfToken() {
        HttpResponse<String> page = browser().get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<main", "Användarnamn", "Lösenord", "Logga in", "id=\"username\"",
                "id=\"password\"").doesNotContain("Fel användarnamn eller lösenord.");
        assertThat(TestBrowser.csrfToken(page.body())).isNotBlank();
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void formLoginRedirectsHomeAndAWrongPasswordShowsAnError() {
        TestBrowser browser = browser();
        HttpResponse<String> wrong = browser.login(ANNA, "fel-lösenord");
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("Fel användarnamn eller lösenord.");

        HttpResponse<String> right = browser.login(ANNA, PASSWORD);
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location").orElseThrow()).isEqualTo("http://localhost:" + port + "/");
    }

    @Test
    void kasusPagesRedirectAnonymousVisitorsToTheLoginPage() {
        HttpResponse<String> home = browser().get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    // single sign-on to the Camunda webapps

    @Test
    void afterAKasusLoginTheWebappsKnowTheUserAndTheirApps() throws Exception {
        TestBrowser anna = browser();
        anna.login(ANNA, PASSWORD);
        HttpResponse<String> whoAmI = anna.get(WHO_AM_I);
        assertThat(whoAmI.statusCode()).isEqualTo(200);
        JsonNode user = json.readTree(whoAmI.body());
        assertThat(user.get("userId").asText()).isEqualTo(ANNA);
        assertThat(texts(user.get("authorizedApps"))).containsExactlyInAnyOrder("welcome", "tasklist");

        TestBrowser sven = browser();
        sven.login(SVEN, PASSWORD);
        JsonNode admin = json.readTree(sven.get(WHO_AM_I).body());
        assertThat(admin.get("userId").asText()).isEqualTo(SVEN);
        assertThat(texts(admin.get("authorizedApps"))).containsExactlyInAnyOrder("welcome", "cockpit", "tasklist",
                "admin");

        TestBrowser rut = browser();
        rut.login(RUT, PASSWORD);
        JsonNode revisor = json.readTree(rut.get(WHO_AM_I).body());
        assertThat(texts(revisor.get("authorizedApps"))).containsExactlyInAnyOrder("welcome", "cockpit");
    }

    @Test
    void theWebappsRefuseAnonymousVisitors() {
        HttpResponse<String> whoAmI = browser().get(WHO_AM_I);
        assertThat(whoAmI.statusCode()).isEqualTo(401);
        assertThat(whoAmI.body()).doesNotContain("userId");

        HttpResponse<String> cockpit = browser().get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(302);
        assertThat(cockpit.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void theWebappsOwnLoginIsClosedAndTheirLogoutLogsOutOfKasus() {
        TestBrowser anna = browser();
        anna.login(ANNA, PASSWORD);
        assertThat(anna.postForm("/camunda/api/admin/auth/user/default/login/cockpit",
                Map.of("username", SVEN, "password", PASSWORD)).statusCode()).isEqualTo(403);
        assertThat(anna.get(WHO_AM_I).statusCode()).isEqualTo(200);

        HttpResponse<String> logout = anna.postJson("/camunda/api/admin/auth/user/default/logout", "",
                "X-XSRF-TOKEN", "token");
        assertThat(logout.statusCode()).isEqualTo(200);
        assertThat(anna.get(WHO_AM_I).statusCode()).isEqualTo(401);
        assertThat(anna.get("/").statusCode()).isEqualTo(302);
    }

    // engine REST API

    @Test
    void engineRestNeedsAKasusUser() throws Exception {
        assertThat(browser().get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
        assertThat(browser().withBasic(ANNA, "fel").get("/engine-rest/process-definition").statusCode())
                .isEqualTo(401);
        assertThat(browser().withBasic("okand", PASSWORD).get("/engine-rest/process-definition").statusCode())
                .isEqualTo(401);

        HttpResponse<String> definitions = browser().withBasic(ANNA, PASSWORD).get("/engine-rest/process-definition");
        assertThat(definitions.statusCode()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        json.readTree(definitions.body()).forEach(d -> keys.add(d.get("key").asText()));
        assertThat(keys).contains(PROCESS_KEY);
    }

    @Test
    void engineRestAppliesTheEngineAuthorizationsOfTheUser() throws Exception {
        String norrTask = IdentityFixture.taskId(engine, NORR_INSTANCE);
        String soderTask = IdentityFixture.taskId(engine, SODER_INSTANCE);
        HttpResponse<String> tasks = browser().withBasic(ANNA, PASSWORD)
                .get("/engine-rest/task?processDefinitionKey=" + PROCESS_KEY);
        assertThat(tasks.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json.readTree(tasks.body()).forEach(t -> ids.add(t.get("id").asText()));
        assertThat(ids).contains(norrTask).doesNotContain(soderTask);

        // the authentication is the request's only: nothing is left on the engine afterwards
        assertThat(engine.getIdentityService().getCurrentAuthentication()).isNull();
    }

    @Test
    void theRevisorCannotStartAProcessButTheSystemforvaltareCan() throws Exception {
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();

        HttpResponse<String> revisor = browser().withBasic(RUT, PASSWORD).postJson(START, START_BODY);
        assertThat(revisor.statusCode()).isEqualTo(403);
        assertThat(json.readTree(revisor.body()).get("type").asText()).isEqualTo("AuthorizationException");

        HttpResponse<String> staff = browser().withBasic(ANNA, PASSWORD).postJson(START, START_BODY);
        assertThat(staff.statusCode()).isEqualTo(403);
        assertThat(json.readTree(staff.body()).get("type").asText()).isEqualTo("AuthorizationException");

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
                .isEqualTo(before);

        // Basic credentials need no CSRF token, and an admin may start
        HttpResponse<String> admin = browser().withBasic(SVEN, PASSWORD).postJson(START, START_BODY);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
                .isEqualTo(before + 1);
    }

    @Test
    void engineRestAcceptsTheKasusSessionButNotWithoutItsCsrfToken() {
        TestBrowser sven = browser();
        sven.login(SVEN, PASSWORD);
        assertThat(sven.get("/engine-rest/process-definition").statusCode()).isEqualTo(200);
        assertThat(sven.postJson(START, START_BODY).statusCode()).isEqualTo(403);
    }

    // Kasus JSON API

    @Test
    void apiAnswersAnonymousCallsWith401JsonNotARedirect() {
        HttpResponse<String> response = browser().get("/api/anything");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(response.body()).contains("\"status\":401");

        assertThat(browser().withBasic(ANNA, "fel").get("/api/anything").statusCode()).isEqualTo(401);
    }

    @Test
    void apiWritesNeedTheCsrfTokenWithASessionButNotWithBasic() {
        TestBrowser anna = browser();
        anna.login(ANNA, PASSWORD);
        assertThat(anna.get("/api/anything").statusCode()).isEqualTo(404);
        assertThat(anna.postJson("/api/anything", "{}").statusCode()).isEqualTo(403);

        assertThat(browser().withBasic(ANNA, PASSWORD).postJson("/api/anything", "{}").statusCode())
                .isNotIn(401, 403);
    }

    @Test
    void healthIsPublic() {
        assertThat(browser().get("/actuator/health").statusCode()).isEqualTo(200);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
