package se.kasus.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.OnPostgres;

/**
 * Every query behind the caseworker's pages is index-backed on PostgreSQL. A municipality is generated (large
 * enough that the planner prefers an index where one exists), then a caseworker opens the inbox, a client file, a
 * search by personnummer, the deadline view and a task, and completes it, over HTTP; every SELECT the database
 * received meanwhile is EXPLAINed with its own parameters, and a sequential scan of a large table fails the test,
 * naming the query.
 */
@OnPostgres
@SpringBootTest(properties = "kasus.generate=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(SqlRecorder.class)
class QueryPlanOnPostgresTest {

    /** A table with more rows than this must not be read whole by a page's query. */
    static final long LARGE_TABLE = 5_000;

    /** Running tasks in the full-size generated municipality (README, "Stor kommun"). */
    static final int RUNNING_TASKS = 20_000;

    @Autowired DataGenerator generator;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;

    @Test
    void thePagesOfACaseworkerAreIndexBacked() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        generator.generate(new GeneratorSettings(20_000, 20_000, 300, 50_000, 10, 20, 42L, "demo",
                Path.of("target/generated-users-explain.txt"), 0.01, 0.1, 3),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        System.out.print(printed.toString(StandardCharsets.UTF_8));
        addRunningTasksOfALargeMunicipality();

        String caseworker = jdbc.queryForObject("select ASSIGNEE_ from ACT_RU_TASK where TASK_DEF_KEY_ = 'Task_Utreda'"
                + " and ASSIGNEE_ is not null order by ID_ fetch first 1 rows only", String.class);
        Map<String, Object> task = jdbc.queryForMap("select t.ID_ id, p.BUSINESS_KEY_ case_id from ACT_RU_TASK t"
                + " join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_ where t.ASSIGNEE_ = ?"
                + " and t.TASK_DEF_KEY_ = 'Task_Utreda' fetch first 1 rows only", caseworker);
        Map<String, Object> person = jdbc.queryForMap("select p.id, p.personnummer from person p join kasus_case c"
                + " on c.person_id = p.id where c.id = ?", Long.valueOf((String) task.get("case_id")));

        SqlRecorder.start();
        page(get("/inkorg"), caseworker);
        page(get("/personer/" + person.get("id")), caseworker);
        page(post("/personer").param("personnummer", (String) person.get("personnummer")).with(csrf()), caseworker);
        page(get("/frister"), caseworker);
        page(get("/uppgifter/" + task.get("id")), caseworker);
        page(post("/api/tasks/" + task.get("id") + "/complete").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(CaseDriver.investigation(se.kasus.casework.ServiceType.HEMTJANST))),
                caseworker);
        List<SqlRecorder.Executed> executed = SqlRecorder.stop();

        Map<String, Long> sizes = tableSizes();
        assertThat(seqScannedTables(new SqlRecorder.Executed("select id from audit_entry where reason = ?",
                Map.of(1, "Handläggning")))).as("granskningen känner igen en sekventiell läsning").contains("audit_entry");
        List<String> seqScans = new ArrayList<>();
        Set<String> explained = new LinkedHashSet<>();
        for (SqlRecorder.Executed statement : executed) {
            String sql = statement.sql().strip();
            String head = sql.toLowerCase(Locale.ROOT);
            if (!(head.startsWith("select") || head.startsWith("with")) || !explained.add(sql)) {
                continue;
            }
            List<String> scanned = seqScannedTables(statement);
            System.out.println("EXPLAIN " + (scanned.isEmpty() ? "index" : "Seq Scan " + scanned) + ": "
                    + sql.replaceAll("\\s+", " "));
            for (String table : scanned) {
                long rows = sizes.getOrDefault(table.toLowerCase(Locale.ROOT), 0L);
                if (rows > LARGE_TABLE) {
                    seqScans.add("Seq Scan på " + table + " (" + rows + " rader) i: " + sql + " " + statement.parameters());
                }
            }
        }
        assertThat(explained).as("frågorna bakom sidorna fångades").hasSizeGreaterThan(10)
                .anyMatch(sql -> sql.contains("ACT_RU_TASK")).anyMatch(sql -> sql.contains("audit_entry") || sql.contains("person"));
        assertThat(jdbc.queryForList("select indexname from pg_indexes where indexname in ('kasus_ix_ru_task_due',"
                + " 'ix_case_id_text')", String.class)).as("Kasus index för fristvyn").hasSize(2);
        assertThat(seqScans).as("sekventiell läsning av en stor tabell").isEmpty();
    }

    /**
     * As many running tasks as a large municipality has (the full generator's 20 000), spread evenly over the units'
     * candidate groups as there: with the 300 running cases alone, PostgreSQL rightly reads ACT_RU_TASK whole, and a
     * query that reads every running task (the engine's candidate-group query did) passes unseen. Making 20 000 real
     * cases takes minutes; these are standalone tasks (no process, valid engine state, which Kasus's inbox leaves
     * out), written in two statements, newer than every case's task so the pages still show the real ones first.
     */
    private void addRunningTasksOfALargeMunicipality() {
        List<String> groups = jdbc.queryForList("select distinct GROUP_ID_ from ACT_RU_IDENTITYLINK"
                + " where TYPE_ = 'candidate' and GROUP_ID_ is not null order by GROUP_ID_", String.class);
        int missing = RUNNING_TASKS - jdbc.queryForObject("select count(*) from ACT_RU_TASK", Integer.class);
        jdbc.update("insert into ACT_RU_TASK (ID_, REV_, NAME_, PRIORITY_, CREATE_TIME_, LAST_UPDATED_,"
                + " SUSPENSION_STATE_, TASK_STATE_) select 'barlast-' || n, 1, 'Barlast', 50, now(), now(), 1, 'Created'"
                + " from generate_series(1, ?) n", missing);
        jdbc.update("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_) select 'barlast-l-' || n,"
                + " 1, (string_to_array(?, ','))[1 + n % ?], 'candidate', 'barlast-' || n from generate_series(1, ?) n",
                String.join(",", groups), groups.size(), missing);
        jdbc.execute("analyze ACT_RU_TASK");
        jdbc.execute("analyze ACT_RU_IDENTITYLINK");
    }

    private void page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String user) throws Exception {
        mvc.perform(request.with(httpBasic(user, "demo"))).andExpect(status().is2xxSuccessful());
    }

    private Map<String, Long> tableSizes() {
        Map<String, Long> sizes = new HashMap<>();
        jdbc.query("select relname, reltuples::bigint from pg_class where relkind = 'r'",
                rs -> { sizes.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getLong(2)); });
        return sizes;
    }

    private List<String> seqScannedTables(SqlRecorder.Executed statement) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement explain = connection.prepareStatement("EXPLAIN (FORMAT JSON) " + statement.sql())) {
            List<Object> values = statement.parameterList();
            for (int i = 0; i < values.size(); i++) {
                explain.setObject(i + 1, values.get(i));
            }
            try (ResultSet rs = explain.executeQuery()) {
                rs.next();
                List<String> tables = new ArrayList<>();
                collect(json.readTree(rs.getString(1)).get(0).get("Plan"), tables);
                return tables;
            }
        }
    }

    private static void collect(JsonNode plan, List<String> tables) {
        if ("Seq Scan".equals(plan.path("Node Type").asText())) {
            tables.add(plan.path("Relation Name").asText());
        }
        for (JsonNode child : plan.path("Plans")) {
            collect(child, tables);
        }
    }
}
