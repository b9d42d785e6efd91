package se.kasus.engine.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import se.kasus.access.UserDirectory;

/**
 * Makes {@link UserDirectory} the engine's identity provider, replacing Camunda's own user and group tables: the
 * engine's {@code IdentityService}, Cockpit, Tasklist, Admin and candidate-group queries all see Kasus's users, roles
 * and units. The engine then treats identity as read-only, so Camunda Admin cannot create or change users.
 */
@Component
class KasusIdentityProviderPlugin extends AbstractProcessEnginePlugin {

    private final UserDirectory directory;

    /** The directory is lazy so that building the engine does not wait for JPA, nor JPA for the engine. */
    KasusIdentityProviderPlugin(@Lazy UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new KasusIdentityProviderFactory(directory));
    }
}
