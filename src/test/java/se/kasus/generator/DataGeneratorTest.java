package se.kasus.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import se.kasus.access.Role;
import se.kasus.access.UserDirectory;
import se.kasus.registry.Personnummer;

/**
 * A small municipality generated on H2 through the command's own generator: what it makes must be what Kasus and
 * the engine would have made (valid personnummer, a hash chain that verifies, tasks in the caseworkers' groups, a
 * finished case the replay can show step by step).
 */
@SpringBootTest(properties = "kasus.generate=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataGeneratorTest {

    static final int PERSONS = 300;
    static final int FINISHED = 40;
    static final int RUNNING = 30;
    static final int AUDIT = 2_500;
    static final Path OUT = Path.of("target/generated-users-test.txt");

    @Autowired DataGenerator generator;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;

    DataGenerator.Result result;
    String printed;

    DataGenerator.Result generated(Path out) {
        if (result == null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            result = generator.generate(new GeneratorSettings(PERSONS, FINISHED, RUNNING, AUDIT, 2, 3, 7L, "demo",
                    out, 0.05, 0.3, 2), new PrintStream(buffer, true, StandardCharsets.UTF_8));
            printed = buffer.toString(StandardCharsets.UTF_8);
            System.out.print(printed);
            directory.createUser("gen.revisor", "Revisor", "Revisor", "losen", null, EnumSet.of(Role.REVISOR));
        }
        return result;
    }

    @Test
    void makesWhatWasAskedAndReportsItsRate() throws Exception {
        DataGenerator.Result made = generated(OUT);
        assertThat(count("select count(*) from person")).isEqualTo(PERSONS);
        assertThat(count("select count(*) from kasus_case where status = 'CLOSED'")).isEqualTo(FINISHED);
        assertThat(count("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'aldreomsorg-bistand'"
                + " and END_TIME_ is not null")).isEqualTo(FINISHED);
        assertThat(count("select count(*) from ACT_HI_PROCINST where END_TIME_ is not null and REMOVAL_TIME_ is null"))
                .as("varje avslutad historik har en gallringstid").isZero();
        assertThat(made.running()).isEqualTo(RUNNING);
        assertThat(count("select count(*) from ACT_RU_TASK")).isEqualTo(RUNNING);
        assertThat(count("select count(*) from audit_entry")).isGreaterThanOrEqualTo(AUDIT);
        assertThat(printed).contains("rader/s", "personer", "avslutade ärenden", "pågående ärenden", "totalt");
        assertThat(Files.readAllLines(OUT)).as("användarlistan för lasttestet").hasSize(6)
                .allMatch(l -> l.matches("gen-0[12]\\.handlaggare0[1-3],gen-0[12]"));
    }

    @Test
    void personnummerAreValidAndUnique() {
        generated(OUT);
        List<String> numbers = jdbc.queryForList("select personnummer from person", String.class);
        assertThat(numbers).doesNotHaveDuplicates().allSatisfy(Personnummer::parse);
        assertThat(count("select count(*) from person where protected_identity")).isPositive();
        assertThatThrownBy(() -> Personnummer.parse(numbers.get(0).substring(0, 12)
                + ((numbers.get(0).charAt(12) - '0' + 1) % 10))).as("kontrollsiffran räknas, inte gissas")
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void theHashChainStillVerifiesOverHttp() throws Exception {
        generated(OUT);
        mvc.perform(get("/api/audit/verify").with(httpBasic("gen.revisor", "losen")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void runningCasesWaitAtTheInvestigationOrTheProposalWithTheirCaseworker() {
        generated(OUT);
        List<Map<String, Object>> tasks = jdbc.queryForList("select TASK_DEF_KEY_ k, ASSIGNEE_ a"
                + " from ACT_RU_TASK");
        assertThat(tasks).allMatch(t -> List.of("Task_Utreda", "Task_ForslagTillBeslut").contains(t.get("k")));
        assertThat(tasks).filteredOn(t -> "Task_Utreda".equals(t.get("k")))
                .allMatch(t -> String.valueOf(t.get("a")).matches("gen-0[12]\\.handlaggare0[1-3]"));
        assertThat(tasks.stream().map(t -> t.get("a")).distinct().count()).as("spridda över handläggarna")
                .isGreaterThan(3);
    }

    @Test
    void aCopiedFinishedCaseReplaysStepByStep() throws Exception {
        DataGenerator.Result made = generated(OUT);
        long copied = made.firstFinishedCaseId() + FINISHED / 2;
        assertThat(count("select count(*) from kasus_case where id = " + copied + " and status = 'CLOSED'"))
                .isEqualTo(1);
        mvc.perform(get("/revision/arenden/" + copied).with(httpBasic("gen.revisor", "losen")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Utreda behov")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Fatta beslut")));
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
