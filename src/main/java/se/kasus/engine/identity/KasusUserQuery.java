package se.kasus.engine.identity;

import java.util.List;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** A user query answered by {@link KasusIdentityProvider}, filtering Kasus's users in memory. */
class KasusUserQuery extends UserQueryImpl {

    private static final long serialVersionUID = 1L;

    KasusUserQuery() {
    }

    KasusUserQuery(CommandExecutor commandExecutor) {
        super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return provider(commandContext).countUsers(this, commandContext);
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        return provider(commandContext).findUsers(this, commandContext);
    }

    /** The process definition of {@code potentialStarter(..)}; the engine keeps it in a field without a getter. */
    String potentialStarterOf() {
        return procDefId;
    }

    private static KasusIdentityProvider provider(CommandContext commandContext) {
        return (KasusIdentityProvider) commandContext.getReadOnlyIdentityProvider();
    }
}
