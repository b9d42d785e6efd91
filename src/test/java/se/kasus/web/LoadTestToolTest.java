package se.kasus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.TestOrganisation;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.NewApplication;
import se.kasus.casework.ServiceType;
import se.kasus.engine.Workflow;

/**
 * The load generator {@code bench/LoadTest.java} against a real Kasus over HTTP: it logs in through the login form,
 * walks every page and completes "Utreda behov" tasks, and what it reports as completed is what the engine shows. A
 * wrong password is reported as a failed login with nothing done. Its own Spring context (the property below), so that
 * the caseworkers complete only this test's tasks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kasus.test.loadtest=true")
@ActiveProfiles("test")
class LoadTestToolTest {

    private static final List<String> CASEWORKERS = List.of("handlaggare.norr", "handlaggare2.norr");

    @LocalServerPort int port;
    @Autowired TestOrganisation org;
    @Autowired CaseIntake intake;
    @Autowired Workflow workflow;

    private final List<Long> cases = new ArrayList<>();

    @BeforeEach
    void tasksToComplete() {
        org.ensure();
        for (int i = 0; i < 12; i++) {
            long personId = org.newPerson().id();
            cases.add(org.as(CASEWORKERS.get(0), () -> intake.registerApplication(new NewApplication(personId,
                    LocalDate.now(), ServiceType.HEMTJANST, "Lasttest"))).id());
        }
    }

    @Test
    void caseworkersWalkEveryPageAndTheirCompletionsMoveTheCases() throws Exception {
        JsonNode report = run("loadtest-tool.json", TestOrganisation.PASSWORD, "3");

        Map<String, JsonNode> pages = pages(report);
        assertThat(pages).containsKeys("login", "inkorg", "klientakt", "sok", "uppgift", "slutfor", "frister");
        for (String page : List.of("inkorg", "klientakt", "sok", "frister")) {
            assertThat(pages.get(page).get("count").asLong()).as(page).isPositive();
            assertThat(pages.get(page).get("errors").asLong()).as(page).isZero();
            assertThat(pages.get(page).get("p95Ms").asDouble()).as(page).isPositive();
        }
        // the login page and the form's post, once per caseworker
        assertThat(pages.get("login").get("count").asLong()).isEqualTo(2L * CASEWORKERS.size());

        long completed = pages.get("slutfor").get("count").asLong();
        long moved = cases.stream().filter(this::atProposal).count();
        long stillAtUtreda = cases.stream().filter(c -> at(c, "Task_Utreda")).count();
        assertThat(completed).isPositive();
        assertThat(moved).isEqualTo(completed);
        assertThat(moved + stillAtUtreda).isEqualTo(cases.size());
    }

    @Test
    void aWrongPasswordIsAFailedLoginAndNothingIsDone() throws Exception {
        JsonNode report = run("loadtest-tool-wrong.json", "fel-losen", "1");

        assertThat(report.get("requests").asLong()).isZero();
        assertThat(report.get("notes").toString()).contains("inloggningen misslyckades");
        assertThat(cases).allMatch(c -> at(c, "Task_Utreda"));
    }

    /** Each caseworker does a number of rounds, so the outcome does not depend on the machine's speed. */
    private JsonNode run(String out, String password, String rounds) throws Exception {
        Path json = Path.of("target", out);
        Files.deleteIfExists(json);
        Path log = Path.of("target", out + ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "bench/LoadTest.java", "--base", "http://127.0.0.1:" + port, "--user-list",
                String.join(",", CASEWORKERS), "--password", password, "--users", String.valueOf(CASEWORKERS.size()),
                "--warmup", "0s", "--duration", "120s", "--rounds", rounds, "--task-keys", "Task_Utreda", "--out", json.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("lasttestet blev klart").isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Path.of("target", out.replace(".json", ".csv"))).exists();
        return new ObjectMapper().readTree(json.toFile());
    }

    private static Map<String, JsonNode> pages(JsonNode report) {
        Map<String, JsonNode> pages = new HashMap<>();
        report.get("pages").forEach(p -> pages.put(p.get("page").asText(), p));
        return pages;
    }

    private boolean atProposal(long caseId) {
        return at(caseId, "Task_ForslagTillBeslut");
    }

    private boolean at(long caseId, String taskKey) {
        return workflow.tasksOfCase(caseId).stream().anyMatch(t -> t.taskKey().equals(taskKey));
    }
}
