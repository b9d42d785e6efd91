package se.kasus.engine.identity;

import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

import se.kasus.access.UserDirectory;

/** Opens a {@link KasusIdentityProvider} for each engine command that needs users or groups. */
class KasusIdentityProviderFactory implements SessionFactory {

    private final UserDirectory directory;

    KasusIdentityProviderFactory(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Class<?> getSessionType() {
        return ReadOnlyIdentityProvider.class;
    }

    @Override
    public Session openSession() {
        return new KasusIdentityProvider(directory);
    }
}
