package se.kasus.processadmin;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deploys the models shipped with Kasus when the engine starts: every file that {@code kasus.models.resources} names,
 * in one deployment, so that {@code camunda:formRef}, call activities and decisions with binding {@code deployment}
 * resolve within it. Duplicate filtering compares the files with the latest start-up deployment: an unchanged restart
 * deploys nothing, and one changed file gives every process in the unit a new version.
 *
 * <p>This replaces the Spring Boot starter's auto-deployment ({@code camunda.bpm.auto-deployment-enabled: false}),
 * which names each resource by its absolute path when Kasus runs from {@code target/classes} and by its bare file name
 * in a jar: the same models then counted as changed whenever Kasus ran from another directory or was packaged.
 */
@Component
class StartupDeployment extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(StartupDeployment.class);

    private final ModelProperties properties;

    StartupDeployment(ModelProperties properties) {
        this.properties = properties;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        if (!properties.deployAtStart()) {
            return;
        }
        ModelSet models = ModelSet.fromClasspath(properties.resources());
        if (models.isEmpty()) {
            log.warn("No models found for {}", properties.resources());
            return;
        }
        ModelUnits units = new ModelUnits(engine.getRepositoryService());
        Deployment previous = units.latestUnitDeployment().orElse(null);
        DeploymentWithDefinitions deployed = units.deployAtStart(models);
        if (!ModelUnits.isNew(deployed)) {
            // unchanged since the last start, or another node starting at the same time deployed them first
            log.info("Models unchanged since deployment {}: no new version", deployed.getId());
            return;
        }
        log.info("Deployed {} model files as deployment {}", models.names().size(), deployed.getId());
        if (previous != null && ModelUnits.GATE_SOURCE.equals(previous.getSource())) {
            log.warn("The models in processes/ and forms/ now replace a version the process gate deployed ({}). "
                    + "Unless the gate's change was added to processes/ or forms/, it is no longer the latest version.",
                    previous.getName());
        }
    }
}
