package se.kasus.processadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.kasus.KasusApplication;

/**
 * Restarts Kasus on one database: an unchanged restart deploys nothing, a version from the gate stays the latest
 * across restarts, and a changed unit deploys as a new version of every process in it.
 */
class StartupDeploymentTest {

    private final String database = "jdbc:h2:mem:restart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Test
    void anUnchangedRestartDeploysNothingAndAChangedUnitDeploysEverything() {
        start(repository -> {
            assertThat(startDeployments(repository)).isEqualTo(1);
            assertThat(version(repository, "aldreomsorg-bistand")).isEqualTo(1);
            assertThat(repository.getDeploymentResourceNames(latestStart(repository)))
                    .as("names relative to the classpath root, whatever directory Kasus runs from")
                    .contains("processes/aldreomsorg/aldreomsorg-bistand.bpmn",
                            "processes/aldreomsorg/aldreomsorg-bistand.scenarios.yml",
                            "forms/gemensam/gemensam-kvittens.form");
        });
        start(repository -> {
            assertThat(startDeployments(repository)).as("unchanged restart").isEqualTo(1);
            assertThat(version(repository, "aldreomsorg-bistand")).isEqualTo(1);
            ModelUnits units = new ModelUnits(repository);
            ModelSet changed = units.current().with(ModelLintTest.BISTAND, units.current()
                    .text(ModelLintTest.BISTAND).replace("name=\"Utreda behov\"", "name=\"Utreda behovet\"")
                    .getBytes(StandardCharsets.UTF_8));
            units.deployFromGate(changed, "kasus-grind: test");
            assertThat(version(repository, "aldreomsorg-bistand")).isEqualTo(2);
        });
        start(repository -> {
            assertThat(startDeployments(repository)).as("the gate's version is not overwritten").isEqualTo(1);
            assertThat(version(repository, "aldreomsorg-bistand")).isEqualTo(2);
            assertThat(new ModelUnits(repository).current().text(ModelLintTest.BISTAND)).contains("Utreda behovet");
        });
        start(repository -> {
            assertThat(startDeployments(repository)).as("one more file in the unit").isEqualTo(2);
            assertThat(version(repository, "aldreomsorg-bistand")).isEqualTo(3);
            assertThat(version(repository, "gemensam-uppfoljning")).isEqualTo(3);
        }, "--kasus.models.resources=classpath*:processes/**/*.bpmn,classpath*:processes/**/*.dmn,"
                + "classpath*:processes/**/*.scenarios.yml,classpath*:forms/**/*.form,classpath*:forms-test/**/*.form");
    }

    private void start(Consumer<RepositoryService> check, String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "--spring.profiles.active=test";
        args[1] = "--spring.datasource.url=" + database;
        args[2] = GateCommand.NO_ENGINE_REST;
        System.arraycopy(extra, 0, args, 3, extra.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KasusApplication.class)
                .web(WebApplicationType.NONE).run(args)) {
            check.accept(context.getBean(RepositoryService.class));
        }
    }

    private static long startDeployments(RepositoryService repository) {
        return repository.createDeploymentQuery().deploymentSource(ModelUnits.START_SOURCE).count();
    }

    private static String latestStart(RepositoryService repository) {
        return new ModelUnits(repository).latest(ModelUnits.START_SOURCE).orElseThrow().getId();
    }

    private static int version(RepositoryService repository, String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
                .getVersion();
    }
}
