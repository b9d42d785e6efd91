package se.kasus.processadmin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.Resource;

/**
 * The deployments that hold a whole unit (every model file, so that references with binding {@code deployment}
 * resolve): the start-up deployment of what Kasus ships, and the gate's. A deployment from anywhere else (Camunda
 * Modeler, the engine's REST API) is not a unit and never the base of the next one.
 */
class ModelUnits {

    /** Name of the start-up deployment; duplicate filtering compares with the latest deployment of this name. */
    static final String START_NAME = "kasus";
    static final String START_SOURCE = "kasus-start";
    static final String GATE_SOURCE = "kasus-grind";
    static final Set<String> UNIT_SOURCES = Set.of(START_SOURCE, GATE_SOURCE);

    private final RepositoryService repository;

    ModelUnits(RepositoryService repository) {
        this.repository = repository;
    }

    Optional<Deployment> latestUnitDeployment() {
        return UNIT_SOURCES.stream().flatMap(source -> latest(source).stream())
                .max(Comparator.comparing(Deployment::getDeploymentTime));
    }

    Optional<Deployment> latest(String source) {
        return repository.createDeploymentQuery().deploymentSource(source).orderByDeploymentTime().desc()
                .listPage(0, 1).stream().findFirst();
    }

    /** The files of the latest unit: the base that a changed model replaces a file of. */
    ModelSet current() {
        Deployment deployment = latestUnitDeployment()
                .orElseThrow(() -> new IllegalStateException("Ingen version av modellerna är driftsatt."));
        return resourcesOf(deployment.getId());
    }

    ModelSet resourcesOf(String deploymentId) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Resource resource : repository.getDeploymentResources(deploymentId)) {
            if (ModelSet.Kind.of(resource.getName()).isPresent()) {
                files.put(resource.getName(), read(deploymentId, resource.getName()));
            }
        }
        return ModelSet.of(files);
    }

    byte[] read(String deploymentId, String resourceName) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, resourceName)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deploys what Kasus ships unless it equals the latest start-up deployment, which is then returned. The engine
     * takes its deployment lock first, so of nodes starting together only one deploys; the others get its deployment
     * (then without deployed definitions, see {@link #isNew}).
     */
    DeploymentWithDefinitions deployAtStart(ModelSet models) {
        return builder(models, START_NAME, START_SOURCE).enableDuplicateFiltering(false).deployWithResult();
    }

    /** Whether this call made the deployment: an existing one found by duplicate filtering lists no definitions. */
    static boolean isNew(DeploymentWithDefinitions deployment) {
        return deployment.getDeployedProcessDefinitions() != null
                && !deployment.getDeployedProcessDefinitions().isEmpty();
    }

    /** Deploys a unit the gate has passed: always a new version of every process in it. */
    DeploymentWithDefinitions deployFromGate(ModelSet models, String name) {
        return builder(models, name, GATE_SOURCE).deployWithResult();
    }

    /** A deployment that the caller's transaction will roll back: the gate's candidate under test. */
    DeploymentWithDefinitions deployForTest(ModelSet models) {
        return builder(models, "kasus-grind-prov", "kasus-grind-prov").deployWithResult();
    }

    private DeploymentBuilder builder(ModelSet models, String name, String source) {
        DeploymentBuilder builder = repository.createDeployment().name(name).source(source);
        models.resources().forEach((resource, content) -> builder.addInputStream(resource,
                new ByteArrayInputStream(content)));
        return builder;
    }

    static boolean isUnit(Deployment deployment) {
        return deployment != null && UNIT_SOURCES.contains(deployment.getSource());
    }
}
