package se.kasus.processadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every scenario passes on today's models, through the real services, and passes through exactly the processes and
 * decisions it says it tests: the tags that select scenarios for a change cannot drift from what they walk.
 */
@SpringBootTest
@ActiveProfiles("test")
class ScenarioSuiteTest {

    @Autowired ScenarioRunner runner;
    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyScenarioPassesOnTodaysModelsAndNamesWhatItWalks() {
        ModelUnits units = new ModelUnits(repository);
        ModelSet today = units.current();
        ModelIndex index = new ModelIndex(today);
        long deployments = repository.createDeploymentQuery().count();
        long instances = runtime.createProcessInstanceQuery().count();
        long persons = count("person");
        var cache = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache();
        int cached = cache.getProcessDefinitionCache().size();

        List<ScenarioResult> results = new ArrayList<>();
        index.scenarios.forEach((file, scenarios) -> scenarios.scenarios()
                .forEach(s -> results.add(runner.run(s, file, today))));

        assertThat(results).hasSizeGreaterThanOrEqualTo(8);
        for (ScenarioResult result : results) {
            assertThat(result.passed()).as("%s: %s – %s", result.name(), result.failedStep(), result.message())
                    .isTrue();
            Scenario scenario = index.scenarios.values().stream().flatMap(f -> f.scenarios().stream())
                    .filter(s -> s.name().equals(result.name())).findFirst().orElseThrow();
            assertThat(result.touched()).as("processes of %s", result.name())
                    .containsExactlyInAnyOrderElementsOf(scenario.processes());
        }
        assertThat(repository.createDeploymentQuery().count()).as("the candidate is rolled back")
                .isEqualTo(deployments);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
        assertThat(count("person")).isEqualTo(persons);
        assertThat(cache.getProcessDefinitionCache().size()).as("the candidates are not left in the engine's cache")
                .isEqualTo(cached);
        assertThat(jdbc.queryForObject("select count(*) from kasus_user where username like 'grind-%'", Long.class))
                .isZero();
    }

    @Test
    void aStepThatTheModelDoesNotAllowFailsWithWhereTheCaseStands() {
        ModelSet today = new ModelUnits(repository).current();
        Scenario wrong = new Scenario("Fel ordning", null, List.of("aldreomsorg-bistand"), null, List.of(
                new Scenario.Step("Task_FattaBeslut", null, Map.of("beslut", "GODKANN"), null, null, null, null)));

        ScenarioResult result = runner.run(wrong, "test", today);

        assertThat(result.passed()).isFalse();
        assertThat(result.failedStep()).isEqualTo("steg 1: uppgift Task_FattaBeslut som handlaggare");
        assertThat(result.message())
                .isEqualTo("Uppgiften Task_FattaBeslut är inte öppen. Ärendet står vid: Task_Utreda (Utreda behov).");
        assertThat(result.stepsDone()).containsExactly("ansökan");
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
