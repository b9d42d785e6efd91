package se.kasus.cluster;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.PostgresTestServer;
import se.kasus.TestOrganisation;
import se.kasus.consistency.ConsistencyCheck;
import se.kasus.consistency.ConsistencyReport;
import se.kasus.web.SessionStoreTest;

/**
 * Two Kasus nodes on one PostgreSQL database, each with its web server, engine and job executor, reached over real
 * HTTP: they start together and deploy the models once; a session begun on one is served by the other; a task that
 * both are asked to complete at the same moment completes once; a due timer that both job executors see fires once;
 * and afterwards the konsistenskontroll finds nothing. Runs where PostgreSQL answers, and always in CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "se.kasus.PostgresTestServer#shouldRun", disabledReason = PostgresTestServer.SKIP_REASON)
class ClusterOnPostgresTest {

    private static final String CASEWORKER = "handlaggare.norr";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private ClusterNodes cluster;
    private List<ConfigurableApplicationContext> nodes;
    private JdbcTemplate jdbc;
    private TestOrganisation org;

    @BeforeAll
    void twoNodesStartTogether() {
        cluster = new ClusterNodes();
        cluster.createSchema();
        nodes = cluster.startTogether(2);
        jdbc = nodes.get(0).getBean(JdbcTemplate.class);
        org = nodes.get(0).getBean(TestOrganisation.class);
        org.ensure();
    }

    @AfterAll
    void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void nodesStartedTogetherDeployTheModelsOnceAndEitherRunsAnyJob() {
        assertThat(jdbc.queryForObject("select count(*) from ACT_RE_DEPLOYMENT where SOURCE_ = 'kasus-start'",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from ACT_RE_PROCDEF where KEY_ = 'aldreomsorg-bistand'",
                Integer.class)).isEqualTo(1);
        for (ConfigurableApplicationContext node : nodes) {
            var configuration = (ProcessEngineConfigurationImpl) node.getBean(ProcessEngine.class)
                    .getProcessEngineConfiguration();
            assertThat(configuration.isJobExecutorDeploymentAware()).isFalse();
            assertThat(configuration.getJobExecutor().isActive()).isTrue();
        }
    }

    @Test
    void aSessionBegunOnOneNodeIsServedByTheOther() throws Exception {
        HttpResponse<String> loginPage = send(node(0), HttpRequest.newBuilder(uri(node(0), "/login")).GET(), null);
        String cookie = sessionCookie(loginPage);
        String form = "username=" + CASEWORKER + "&password=" + TestOrganisation.PASSWORD + "&_csrf="
                + csrf(loginPage.body());
        HttpResponse<String> login = send(node(0), HttpRequest.newBuilder(uri(node(0), "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), cookie);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String session = sessionCookie(login);

        HttpResponse<String> inbox = send(node(1), HttpRequest.newBuilder(uri(node(1), "/inkorg")).GET(), session);
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains("Test " + CASEWORKER);
        // a write on node 2 with the CSRF token node 2 shows: the token is in the shared session too
        String token = csrfMeta(inbox.body());
        long personId = org.newPerson().id();
        HttpResponse<String> created = send(node(1), HttpRequest.newBuilder(uri(node(1), "/api/cases"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(application(personId))), session);
        assertThat(created.statusCode()).isEqualTo(201);
        // and the same token is good on node 1
        HttpResponse<String> again = send(node(0), HttpRequest.newBuilder(uri(node(0), "/api/cases"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(application(org.newPerson().id()))), session);
        assertThat(again.statusCode()).isEqualTo(201);

        HttpResponse<String> logout = send(node(1), HttpRequest.newBuilder(uri(node(1), "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token)), session);
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().allValues("Set-Cookie")).as("logout deletes the session cookie")
                .anyMatch(c -> c.startsWith("SESSION=;") && c.contains("Max-Age=0"));
        HttpResponse<String> afterLogout = send(node(0), HttpRequest.newBuilder(uri(node(0), "/inkorg")).GET(),
                session);
        assertThat(afterLogout.statusCode()).as("logged out on node 2, so on node 1 too").isEqualTo(302);
        assertThat(afterLogout.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void bothNodesAddingTheSameSessionAttributeBothSave() {
        SessionStoreTest.addTheSameAttributeFromTwoCopies(
                nodes.get(0).getBean(JdbcIndexedSessionRepository.class),
                nodes.get(1).getBean(JdbcIndexedSessionRepository.class));
    }

    @Test
    void aTaskCompletedOnBothNodesAtOnceCompletesOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            long caseId = newCase();
            String taskId = taskOf(caseId, "Task_Utreda");
            String body = json.writeValueAsString(investigation());
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (int n = 0; n < 2; n++) {
                int port = node(n);
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                        return api(port, "POST", "/api/tasks/" + taskId + "/complete", body).statusCode();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            go.countDown();
            List<Integer> statuses = answers.stream().map(CompletableFuture::join).sorted().toList();
            assertThat(statuses).as("round %s", round).containsExactly(200, 409);
            assertThat(count("select count(*) from investigation where case_id = ?", caseId)).isEqualTo(1);
            assertThat(count("""
                    select count(*) from ACT_HI_TASKINST t join ACT_HI_PROCINST p on p.PROC_INST_ID_ = t.PROC_INST_ID_
                    where p.BUSINESS_KEY_ = ? and t.TASK_DEF_KEY_ = 'Task_Utreda' and t.END_TIME_ is not null""",
                    String.valueOf(caseId))).isEqualTo(1);
            assertThat(count("""
                    select count(*) from ACT_HI_TASKINST t join ACT_HI_PROCINST p on p.PROC_INST_ID_ = t.PROC_INST_ID_
                    where p.BUSINESS_KEY_ = ? and t.TASK_DEF_KEY_ = 'Task_ForslagTillBeslut'""",
                    String.valueOf(caseId))).isEqualTo(1);
        }
        assertConsistent();
    }

    @Test
    void aDueTimerFiresExactlyOnceWhileBothJobExecutorsRun() throws Exception {
        List<Long> cases = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long caseId = newCase();
            complete(caseId, "Task_Utreda", investigation());
            complete(caseId, "Task_ForslagTillBeslut", Map.of("utfall", "AVSLAG", "insatstyp", "HEMTJANST",
                    "motivering", "Behovet kan tillgodoses på annat sätt.", "lagrum", "SoL (2025:400) 11 kap. 1 §"));
            complete(caseId, "Task_Kommunicera", Map.of("kommuniceratDatum", LocalDate.now().toString(),
                    "kommunikationssatt", "BREV"));
            cases.add(caseId);
        }
        // the svarsfrist runs out now: both job executors poll, either may take each timer
        int due = jdbc.update("""
                update ACT_RU_JOB set DUEDATE_ = current_timestamp - interval '1 minute'
                where HANDLER_TYPE_ = 'timer-transition' and PROCESS_INSTANCE_ID_ in (
                    select ID_ from ACT_RU_EXECUTION where ID_ = PROC_INST_ID_ and BUSINESS_KEY_ in (%s))"""
                .formatted(keys(cases)));
        assertThat(due).isEqualTo(cases.size());

        // done when no due timer is left and every case has moved on; a timer fired twice would show below as two
        // Timer_Svarsfrist entries or two new proposals
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> count(
                "select count(*) from ACT_RU_JOB where HANDLER_TYPE_ = 'timer-transition' and DUEDATE_ < "
                        + "current_timestamp") == 0 && count("""
                select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
                where e.BUSINESS_KEY_ in (%s) and t.TASK_DEF_KEY_ = 'Task_ForslagTillBeslut'""".formatted(keys(cases)))
                >= cases.size());
        for (long caseId : cases) {
            String key = String.valueOf(caseId);
            assertThat(count("""
                    select count(*) from ACT_HI_ACTINST a join ACT_HI_PROCINST p on p.PROC_INST_ID_ = a.PROC_INST_ID_
                    where p.BUSINESS_KEY_ = ? and a.ACT_ID_ = 'Timer_Svarsfrist'""", key))
                    .as("Timer_Svarsfrist of case %s", caseId).isEqualTo(1);
            assertThat(count("""
                    select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
                    where e.BUSINESS_KEY_ = ? and t.TASK_DEF_KEY_ = 'Task_ForslagTillBeslut'""", key))
                    .as("a new proposal for case %s", caseId).isEqualTo(1);
        }
        assertThat(count("select count(*) from ACT_RU_INCIDENT")).isZero();
        assertThat(count("select count(*) from ACT_HI_JOB_LOG where JOB_DEF_TYPE_ = 'timer-transition' "
                + "and JOB_STATE_ = 2 and PROCESS_INSTANCE_ID_ in (select PROC_INST_ID_ from ACT_HI_PROCINST "
                + "where BUSINESS_KEY_ in (" + keys(cases) + "))")).isEqualTo(cases.size());
        List<String> hosts = jdbc.queryForList("select distinct HOSTNAME_ from ACT_HI_JOB_LOG where JOB_STATE_ = 2 "
                + "and JOB_DEF_TYPE_ = 'timer-transition'", String.class);
        System.out.println("Timers fired by: " + hosts);
        assertConsistent();
    }

    private void assertConsistent() {
        ConsistencyReport report = nodes.get(1).getBean(ConsistencyCheck.class).check();
        assertThat(report.mismatches()).as(report.asText()).isEmpty();
    }

    private long newCase() throws Exception {
        HttpResponse<String> created = api(node(0), "POST", "/api/cases", application(org.newPerson().id()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asLong();
    }

    private void complete(long caseId, String taskKey, Map<String, Object> values) throws Exception {
        // alternate the nodes, as a round-robin in front of them would
        int port = node((int) (caseId % 2));
        HttpResponse<String> done = api(port, "POST", "/api/tasks/" + taskOf(caseId, taskKey) + "/complete",
                json.writeValueAsString(values));
        assertThat(done.statusCode()).as(taskKey + ": " + done.body()).isEqualTo(200);
    }

    private String taskOf(long caseId, String taskKey) throws Exception {
        JsonNode inbox = json.readTree(api(node(1), "GET", "/api/tasks", null).body());
        for (JsonNode task : inbox) {
            if (task.get("caseId").asLong() == caseId && task.get("taskKey").asText().equals(taskKey)) {
                return task.get("taskId").asText();
            }
        }
        throw new AssertionError("No " + taskKey + " for case " + caseId + " in " + inbox);
    }

    private static Map<String, Object> investigation() {
        return Map.of("ansoktInsats", "HEMTJANST", "behovPersonligOmvardnad", "Stöd vid dusch.",
                "enskildesUppfattning", "Vill bo kvar hemma.", "bedomning", "Behovet kan inte tillgodoses på annat sätt.",
                "behoverKomplettering", false);
    }

    private String application(long personId) throws Exception {
        return json.writeValueAsString(Map.of("personId", personId, "receivedDate", LocalDate.now().toString(),
                "requestedService", "HEMTJANST"));
    }

    private HttpResponse<String> api(int port, String method, String path, String body) throws Exception {
        String basic = Base64.getEncoder().encodeToString((CASEWORKER + ":" + TestOrganisation.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(port, path)).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json").method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(int port, HttpRequest.Builder request, String cookie) throws Exception {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int node(int index) {
        return ClusterNodes.port(nodes.get(index));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static String keys(List<Long> cases) {
        return String.join(",", cases.stream().map(id -> "'" + id + "'").toList());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).reduce((first, last) -> last).orElseThrow();
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("CSRF token in the page").isTrue();
        return m.group(1);
    }

    private static String csrfMeta(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
        if (m.find()) {
            return m.group(1);
        }
        return csrf(html);
    }
}
