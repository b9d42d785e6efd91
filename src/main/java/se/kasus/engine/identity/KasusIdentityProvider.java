package se.kasus.engine.identity;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.GroupQueryProperty;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.UserQueryProperty;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

import se.kasus.access.KasusUser;
import se.kasus.access.UserDirectory;

/**
 * The engine's read-only identity provider, answering from {@link UserDirectory}: the engine's users are Kasus's
 * active users, its groups are Kasus's roles, units and teams (see {@link IdentityGroups}) and memberships are
 * {@link KasusUser#groupIds()}. There are no tenants. Users and groups are administered in Kasus, so Camunda Admin
 * shows them read-only.
 *
 * <p>Queries load the whole directory and filter, sort and page in memory. That is simple and fast enough for the
 * few hundred members of staff of a municipality's social services; a directory of many thousands would want the
 * filters pushed down into {@link UserDirectory} instead.
 *
 * <p>Reading the directory is not subject to Camunda's USER/GROUP authorizations: staff names, titles and units are
 * public within the organisation, and the directory's owner is Kasus, not the engine. "Like" filters use SQL
 * wildcards ({@code %}, {@code _}) as the webapps send them, and ignore case.
 */
class KasusIdentityProvider implements ReadOnlyIdentityProvider {

    private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

    private final UserDirectory directory;

    KasusIdentityProvider(UserDirectory directory) {
        this.directory = directory;
    }

    // session lifecycle: nothing is held open

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    // users

    @Override
    public User findUserById(String userId) {
        if (userId == null) {
            return null;
        }
        return directory.find(userId).map(this::toEntity).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new KasusUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new KasusUserQuery();
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new BadUserRequestException("Native user queries are not supported: users live in Kasus, not in SQL.");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        if (userId == null || userId.isBlank() || password == null || password.isEmpty()) {
            return false;
        }
        return directory.checkPassword(userId, password);
    }

    long countUsers(KasusUserQuery query, CommandContext commandContext) {
        return matchingUsers(query, commandContext).count();
    }

    List<User> findUsers(KasusUserQuery query, CommandContext commandContext) {
        Stream<UserEntity> users = matchingUsers(query, commandContext).sorted(userOrder(query));
        return page(users, query).map(User.class::cast).toList();
    }

    private Stream<UserEntity> matchingUsers(KasusUserQuery query, CommandContext commandContext) {
        if (query.getTenantId() != null) {
            return Stream.empty();
        }
        List<KasusUser> candidates = query.getId() != null ? directory.find(query.getId()).stream().toList()
                : directory.all();
        Set<String> ids = query.getIds() == null ? null : Set.of(query.getIds());
        Predicate<KasusUser> starter = potentialStarter(query.potentialStarterOf(), commandContext);
        return candidates.stream()
                .filter(u -> ids == null || ids.contains(u.username()))
                .filter(u -> query.getGroupId() == null || u.groupIds().contains(query.getGroupId()))
                .filter(starter)
                .map(this::toEntity)
                .filter(u -> query.getFirstName() == null || query.getFirstName().equals(u.getFirstName()))
                .filter(u -> Like.matches(query.getFirstNameLike(), u.getFirstName()))
                .filter(u -> query.getLastName() == null || query.getLastName().equals(u.getLastName()))
                .filter(u -> Like.matches(query.getLastNameLike(), u.getLastName()))
                .filter(u -> query.getEmail() == null || query.getEmail().equalsIgnoreCase(u.getEmail()))
                .filter(u -> Like.matches(query.getEmailLike(), u.getEmail()));
    }

    private Predicate<KasusUser> potentialStarter(String processDefinitionId, CommandContext commandContext) {
        if (processDefinitionId == null) {
            return u -> true;
        }
        Set<String> users = new HashSet<>();
        Set<String> groups = new HashSet<>();
        for (IdentityLinkEntity link : starterLinks(processDefinitionId, commandContext)) {
            if (link.getUserId() != null) {
                users.add(link.getUserId());
            }
            if (link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return u -> users.contains(u.username()) || u.groupIds().stream().anyMatch(groups::contains);
    }

    private static List<IdentityLinkEntity> starterLinks(String processDefinitionId, CommandContext commandContext) {
        return commandContext.getIdentityLinkManager().findIdentityLinksByProcessDefinitionId(processDefinitionId)
                .stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).toList();
    }

    private UserEntity toEntity(KasusUser user) {
        return IdentityGroups.user(user, directory.email(user.username()).orElse(null));
    }

    private static Comparator<UserEntity> userOrder(AbstractQuery<?, ?> query) {
        return order(query, property -> {
            if (UserQueryProperty.FIRST_NAME.getName().equals(property)) {
                return byText(UserEntity::getFirstName);
            }
            if (UserQueryProperty.LAST_NAME.getName().equals(property)) {
                return byText(UserEntity::getLastName);
            }
            if (UserQueryProperty.EMAIL.getName().equals(property)) {
                return byText(UserEntity::getEmail);
            }
            return Comparator.comparing(UserEntity::getId);
        }, Comparator.comparing(UserEntity::getId));
    }

    // groups

    @Override
    public Group findGroupById(String groupId) {
        if (groupId == null) {
            return null;
        }
        return allGroups().stream().filter(g -> g.getId().equals(groupId)).findFirst().orElse(null);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new KasusGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new KasusGroupQuery();
    }

    long countGroups(KasusGroupQuery query, CommandContext commandContext) {
        return matchingGroups(query, commandContext).count();
    }

    List<Group> findGroups(KasusGroupQuery query, CommandContext commandContext) {
        Stream<GroupEntity> groups = matchingGroups(query, commandContext).sorted(groupOrder(query));
        return page(groups, query).map(Group.class::cast).toList();
    }

    private Stream<GroupEntity> matchingGroups(KasusGroupQuery query, CommandContext commandContext) {
        if (query.getTenantId() != null) {
            return Stream.empty();
        }
        Set<String> ids = query.getIds() == null ? null : Set.of(query.getIds());
        Set<String> memberships = query.getUserId() == null ? null
                : directory.find(query.getUserId()).map(KasusUser::groupIds).orElse(Set.of());
        Set<String> starterGroups = query.potentialStarterOf() == null ? null
                : new HashSet<>(starterLinks(query.potentialStarterOf(), commandContext).stream()
                        .map(IdentityLinkEntity::getGroupId).filter(g -> g != null).toList());
        return allGroups().stream()
                .filter(g -> query.getId() == null || query.getId().equals(g.getId()))
                .filter(g -> ids == null || ids.contains(g.getId()))
                .filter(g -> memberships == null || memberships.contains(g.getId()))
                .filter(g -> starterGroups == null || starterGroups.contains(g.getId()))
                .filter(g -> query.getName() == null || query.getName().equals(g.getName()))
                .filter(g -> Like.matches(query.getNameLike(), g.getName()))
                .filter(g -> query.getType() == null || query.getType().equals(g.getType()));
    }

    private List<GroupEntity> allGroups() {
        return IdentityGroups.all(directory.units());
    }

    private static Comparator<GroupEntity> groupOrder(AbstractQuery<?, ?> query) {
        return order(query, property -> {
            if (GroupQueryProperty.NAME.getName().equals(property)) {
                return byText(GroupEntity::getName);
            }
            if (GroupQueryProperty.TYPE.getName().equals(property)) {
                return byText(GroupEntity::getType);
            }
            return Comparator.comparing(GroupEntity::getId);
        }, Comparator.comparing(GroupEntity::getId));
    }

    // tenants: Kasus has none

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery();
    }

    // sorting and paging

    private static <T> Comparator<T> order(AbstractQuery<?, ?> query, Function<String, Comparator<T>> byProperty,
            Comparator<T> tieBreak) {
        Comparator<T> order = null;
        for (QueryOrderingProperty ordering : query.getOrderingProperties()) {
            if (ordering.getQueryProperty() == null) {
                continue;
            }
            Comparator<T> next = byProperty.apply(ordering.getQueryProperty().getName());
            if (Direction.DESCENDING.equals(ordering.getDirection())) {
                next = next.reversed();
            }
            order = order == null ? next : order.thenComparing(next);
        }
        return order == null ? tieBreak : order.thenComparing(tieBreak);
    }

    private static <T> Comparator<T> byText(Function<T, String> text) {
        return Comparator.comparing(text, Comparator.nullsFirst(SWEDISH::compare));
    }

    private static <T> Stream<T> page(Stream<T> items, AbstractQuery<?, ?> query) {
        int first = Math.max(0, query.getFirstResult());
        int max = query.getMaxResults();
        Stream<T> skipped = items.skip(first);
        return max < 0 || max == Integer.MAX_VALUE ? skipped : skipped.limit(max);
    }
}
