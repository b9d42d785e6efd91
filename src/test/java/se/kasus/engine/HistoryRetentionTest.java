package se.kasus.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import se.kasus.audit.AuditLog;
import se.kasus.engine.HistoryRetention.HistoryRule;
import se.kasus.engine.HistoryRetention.Kind;

/**
 * Gallring: the days in {@code config/retention.yml} are the days in the BPMN and DMN files and in every deployed
 * version of them, so the data and the models cannot drift apart; the engine's history cleanup is scheduled,
 * removal-time based; and the cleanup leaves the audit log alone.
 */
@SpringBootTest
@ActiveProfiles("test")
class HistoryRetentionTest {

    @Autowired HistoryRetention retention;
    @Autowired HistoryRetentionCheck check;
    @Autowired RepositoryService repository;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired ProcessEngine engine;
    @Autowired AuditLog auditLog;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void theConfiguredTimeToLive_isTheTimeToLiveOfEveryShippedAndDeployedDefinition() throws IOException {
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> processes = shippedProcesses();
        Map<String, Integer> decisions = shippedDecisions();
        assertThat(processes).containsKeys("aldreomsorg-bistand", "gemensam-beslut-och-delgivning",
                "gemensam-verkstallighet", "gemensam-uppfoljning", "gemensam-overklagande");
        assertThat(decisions).containsKey("delegationsordning");

        assertThat(retention.keys(Kind.PROCESS, today)).as("a rule for every process in processes/, and no other")
                .containsExactlyInAnyOrderElementsOf(processes.keySet());
        assertThat(retention.keys(Kind.DECISION, today)).as("a rule for every decision in processes/, and no other")
                .containsExactlyInAnyOrderElementsOf(decisions.keySet());

        processes.forEach((key, days) -> {
            int configured = configured(Kind.PROCESS, key, today);
            assertThat(days).as("%s.bpmn historyTimeToLive", key).isEqualTo(configured);
            List<ProcessDefinition> deployed = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .list();
            assertThat(deployed).as("%s deployed", key).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.getHistoryTimeToLive()).as("%s version %d", key, p.getVersion())
                            .isEqualTo(configured));
        });
        decisions.forEach((key, days) -> {
            int configured = configured(Kind.DECISION, key, today);
            assertThat(days).as("%s.dmn historyTimeToLive", key).isEqualTo(configured);
            List<DecisionDefinition> deployed = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                    .list();
            assertThat(deployed).as("%s deployed", key).isNotEmpty()
                    .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(configured));
        });

        List<String> shipped = new ArrayList<>(processes.keySet());
        shipped.addAll(decisions.keySet());
        assertThat(check.differences()).as("the start-up check agrees about the shipped definitions")
                .noneMatch(d -> shipped.stream().anyMatch(k -> d.contains(" " + k + " ")));
    }

    @Test
    void theStartUpCheck_reportsATimeToLiveThatDiffersFromTheData() {
        List<HistoryRule> drifted = new ArrayList<>();
        for (HistoryRule r : retention.history()) {
            drifted.add(r.key().equals("aldreomsorg-bistand")
                    ? new HistoryRule(r.key(), r.kind(), 3650, r.validFrom(), r.validTo(), r.source(), r.status())
                    : r);
        }
        HistoryRetentionCheck driftedCheck = new HistoryRetentionCheck(
                new HistoryRetention(drifted, retention.auditLog()), repository, clock);

        assertThat(driftedCheck.differences()).anyMatch(d -> d.startsWith("processen aldreomsorg-bistand version")
                && d.contains("historyTimeToLive 1825") && d.contains("3650"));
    }

    @Test
    void theAuditLogHasARuleOfItsOwn() {
        assertThat(retention.auditLog().keepAtLeast()).isEqualTo(Period.ofYears(5));
        assertThat(retention.auditLog().source()).contains("HSLF-FS 2016:40");
    }

    @Test
    void historyCleanupIsRemovalTimeBased_andScheduledInTheNightlyWindow() {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(config.getHistoryRemovalTimeStrategy()).isEqualTo("end");
        assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(config.isHistoryCleanupEnabled()).isTrue();

        List<Job> jobs = history.findHistoryCleanupJobs();
        assertThat(jobs).as("the engine schedules its cleanup job at start").isNotEmpty();
        for (Job job : jobs) {
            LocalTime due = job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
            assertThat(due).as("due in the batch window").isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
        }
    }

    @Test
    void historyCleanup_removesExpiredEngineHistory_butNeverTheAuditLog() {
        // A decision evaluated now expires after the delegationsordning's time to live.
        engine.getDecisionService().evaluateDecisionByKey("delegationsordning").variables(Map.of(
                "arendetyp", "SOL_ALDRE_BISTAND", "insatstyp", "HEMTJANST", "utfall", "BIFALL", "omfattningTimmar",
                10)).evaluate();
        long decisionsBefore = history.createHistoricDecisionInstanceQuery().count();
        assertThat(decisionsBefore).isPositive();
        long entriesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);

        Date now = ClockUtil.getCurrentTime();
        ClockUtil.setCurrentTime(Date.from(now.toInstant().plus(java.time.Duration.ofDays(1826))));
        try {
            history.cleanUpHistoryAsync(true);
            for (Job job : history.findHistoryCleanupJobs()) {
                management.executeJob(job.getId());
            }
        } finally {
            ClockUtil.reset();
        }

        assertThat(history.createHistoricDecisionInstanceQuery().count()).as("expired engine history is removed")
                .isLessThan(decisionsBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class)).isEqualTo(entriesBefore);
        assertThat(auditLog.verify().intact()).isTrue();
    }

    private int configured(Kind kind, String key, LocalDate day) {
        return retention.rule(kind, key, day).map(HistoryRule::historyTimeToLive)
                .orElseThrow(() -> new AssertionError("no rule for " + key + " in config/retention.yml"));
    }

    private static Map<String, Integer> shippedProcesses() throws IOException {
        Map<String, Integer> ttl = new TreeMap<>();
        for (Resource file : resources("classpath*:processes/**/*.bpmn")) {
            try (InputStream in = file.getInputStream()) {
                for (Process p : Bpmn.readModelFromStream(in).getModelElementsByType(Process.class)) {
                    ttl.put(p.getId(), days(p.getCamundaHistoryTimeToLiveString()));
                }
            }
        }
        return ttl;
    }

    private static Map<String, Integer> shippedDecisions() throws IOException {
        Map<String, Integer> ttl = new TreeMap<>();
        for (Resource file : resources("classpath*:processes/**/*.dmn")) {
            try (InputStream in = file.getInputStream()) {
                for (Decision d : Dmn.readModelFromStream(in).getModelElementsByType(Decision.class)) {
                    ttl.put(d.getId(), days(d.getCamundaHistoryTimeToLiveString()));
                }
            }
        }
        return ttl;
    }

    private static Resource[] resources(String pattern) throws IOException {
        return new PathMatchingResourcePatternResolver().getResources(pattern);
    }

    /** Days, written either as a number or as an ISO period of days (P1825D), as Camunda accepts both. */
    private static Integer days(String value) {
        if (value == null) {
            return null;
        }
        return value.startsWith("P") ? Period.parse(value).getDays() : Integer.valueOf(value);
    }
}
