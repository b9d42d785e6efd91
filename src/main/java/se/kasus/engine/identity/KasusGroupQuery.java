package se.kasus.engine.identity;

import java.util.List;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** A group query answered by {@link KasusIdentityProvider}, filtering Kasus's roles, units and teams in memory. */
class KasusGroupQuery extends GroupQueryImpl {

    private static final long serialVersionUID = 1L;

    KasusGroupQuery() {
    }

    KasusGroupQuery(CommandExecutor commandExecutor) {
        super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return provider(commandContext).countGroups(this, commandContext);
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        return provider(commandContext).findGroups(this, commandContext);
    }

    /** The process definition of {@code potentialStarter(..)}; the engine keeps it in a field without a getter. */
    String potentialStarterOf() {
        return procDefId;
    }

    private static KasusIdentityProvider provider(CommandContext commandContext) {
        return (KasusIdentityProvider) commandContext.getReadOnlyIdentityProvider();
    }
}
