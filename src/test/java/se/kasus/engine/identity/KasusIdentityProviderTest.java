package se.kasus.engine.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kasus.engine.identity.IdentityFixture.ANNA;
import static se.kasus.engine.identity.IdentityFixture.BERTIL;
import static se.kasus.engine.identity.IdentityFixture.CECILIA;
import static se.kasus.engine.identity.IdentityFixture.NORR;
import static se.kasus.engine.identity.IdentityFixture.NORR_INSTANCE;
import static se.kasus.engine.identity.IdentityFixture.PASSWORD;
import static se.kasus.engine.identity.IdentityFixture.RUT;
import static se.kasus.engine.identity.IdentityFixture.SODER;
import static se.kasus.engine.identity.IdentityFixture.SODER_INSTANCE;
import static se.kasus.engine.identity.IdentityFixture.SVEN;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.kasus.access.KasusUser;
import se.kasus.access.Role;
import se.kasus.access.UserDirectory;

@IdentitySliceTest
class KasusIdentityProviderTest {


    @Autowired
    UserDirectory directory;
    @Autowired
    ProcessEngine engine;
    @Autowired
    EngineAuthorizations engineAuthorizations;

    IdentityService identity;
    TaskService tasks;
    AuthorizationService authorizations;

    @BeforeEach
    void fixture() {
        IdentityFixture.ensure(directory, engine);
        identity = engine.getIdentityService();
        tasks = engine.getTaskService();
        authorizations = engine.getAuthorizationService();
    }

    @AfterEach
    void noAuthenticationLeftBehind() {
        identity.clearAuthentication();
    }

    @Test
    void usersAreKasusUsersWithNamesSplitAndEmail() {
        assertThat(ids(identity.createUserQuery().list())).containsExactly(ANNA, BERTIL, CECILIA, RUT, SVEN);
        assertThat(identity.createUserQuery().count()).isEqualTo(5);

        User anna = identity.createUserQuery().userId(ANNA).singleResult();
        assertThat(anna.getFirstName()).isEqualTo("Anna");
        assertThat(anna.getLastName()).isEqualTo("Andersson");
        assertThat(anna.getEmail()).isEqualTo("anna@kasus.example");

        User bertil = identity.createUserQuery().userId(BERTIL).singleResult();
        assertThat(bertil.getFirstName()).isEqualTo("Bertil");
        assertThat(bertil.getLastName()).isEqualTo("von Essen");

        assertThat(identity.createUserQuery().userId("okand").singleResult()).isNull();
        assertThat(identity.createUserQuery().userId("okand").count()).isZero();
    }

    @Test
    void userQueriesFilterAsTheWebappsAsk() {
        assertThat(ids(identity.createUserQuery().memberOfGroup(NORR + ".handlaggare").list())).containsExactly(ANNA);
        assertThat(ids(identity.createUserQuery().memberOfGroup(NORR).list())).containsExactly(ANNA, CECILIA);
        assertThat(ids(identity.createUserQuery().memberOfGroup("handlaggare").list())).containsExactly(ANNA, BERTIL);
        assertThat(ids(identity.createUserQuery().memberOfGroup("camunda-admin").list())).containsExactly(SVEN);
        assertThat(identity.createUserQuery().memberOfGroup(NORR).count()).isEqualTo(2);

        assertThat(ids(identity.createUserQuery().userIdIn(RUT, ANNA, "okand").list())).containsExactly(ANNA, RUT);
        assertThat(ids(identity.createUserQuery().userFirstNameLike("%ert%").list())).containsExactly(BERTIL);
        assertThat(ids(identity.createUserQuery().userLastNameLike("%ESSEN").list())).containsExactly(BERTIL);
        assertThat(ids(identity.createUserQuery().userLastName("Öberg").list())).containsExactly(CECILIA);
        assertThat(ids(identity.createUserQuery().userFirstName("Rut").list())).containsExactly(RUT);
        assertThat(ids(identity.createUserQuery().userEmail("sven@kasus.example").list())).containsExactly(SVEN);
        assertThat(ids(identity.createUserQuery().userEmailLike("%@kasus.example").list())).hasSize(5);
        assertThat(identity.createUserQuery().memberOfTenant("any").count()).isZero();
    }

    @Test
    void userQueriesSortAndPage() {
        assertThat(ids(identity.createUserQuery().orderByUserId().desc().list()))
                .containsExactly(SVEN, RUT, CECILIA, BERTIL, ANNA);
        assertThat(ids(identity.createUserQuery().orderByUserId().asc().listPage(1, 2))).containsExactly(BERTIL,
                CECILIA);
        // Swedish order: Ö after the other letters
        assertThat(ids(identity.createUserQuery().orderByUserLastName().asc().list()))
                .containsExactly(ANNA, RUT, SVEN, BERTIL, CECILIA);
        assertThat(ids(identity.createUserQuery().orderByUserFirstName().desc().listPage(0, 1))).containsExactly(SVEN);
    }

    @Test
    void groupsAreRolesUnitsTeamsAndCamundaAdmin() {
        List<Group> annasGroups = identity.createGroupQuery().groupMember(ANNA).list();
        assertThat(ids(annasGroups)).containsExactlyInAnyOrder("handlaggare", NORR, NORR + ".handlaggare");

        Group role = identity.createGroupQuery().groupId("handlaggare").singleResult();
        assertThat(role.getType()).isEqualTo("roll");
        assertThat(role.getName()).isEqualTo("Handläggare");

        Group unit = identity.createGroupQuery().groupId(NORR).singleResult();
        assertThat(unit.getType()).isEqualTo("enhet");
        assertThat(unit.getName()).isEqualTo("Äldreomsorg norr");

        Group team = identity.createGroupQuery().groupId(NORR + ".handlaggare").singleResult();
        assertThat(team.getType()).isEqualTo("team");
        assertThat(team.getName()).isEqualTo("Handläggare – Äldreomsorg norr");

        Group admin = identity.createGroupQuery().groupId("camunda-admin").singleResult();
        assertThat(admin.getType()).isEqualTo("SYSTEM");
        assertThat(ids(identity.createGroupQuery().groupMember(SVEN).list()))
                .containsExactlyInAnyOrder("systemforvaltare", "camunda-admin");
        assertThat(ids(identity.createGroupQuery().groupMember(RUT).list())).containsExactly("revisor");
        assertThat(identity.createGroupQuery().groupMember("okand").count()).isZero();
    }

    @Test
    void everyGroupOfEveryUserExistsInTheEngine() {
        for (KasusUser user : directory.all()) {
            assertThat(ids(identity.createGroupQuery().groupMember(user.username()).list()))
                    .containsExactlyInAnyOrderElementsOf(user.groupIds());
            for (String groupId : user.groupIds()) {
                assertThat(identity.createGroupQuery().groupId(groupId).count()).as(groupId).isEqualTo(1);
                assertThat(ids(identity.createUserQuery().memberOfGroup(groupId).list())).contains(user.username());
            }
        }
    }

    @Test
    void groupQueriesFilterSortAndPage() {
        assertThat(ids(identity.createGroupQuery().groupType("enhet").list())).containsExactly(NORR, SODER);
        int roles = Role.values().length;
        assertThat(identity.createGroupQuery().groupType("roll").count()).isEqualTo(roles);
        assertThat(identity.createGroupQuery().groupType("team").count()).isEqualTo(2L * roles);
        assertThat(identity.createGroupQuery().count()).isEqualTo(roles + 2 + 2L * roles + 1);
        assertThat(ids(identity.createGroupQuery().groupIdIn(SODER, "revisor", "okand").list()))
                .containsExactly(SODER, "revisor");
        assertThat(ids(identity.createGroupQuery().groupName("IFO söder").list())).containsExactly(SODER);
        assertThat(ids(identity.createGroupQuery().groupNameLike("%SÖDER%").groupType("team").list()))
                .hasSize(roles).allMatch(id -> id.startsWith(SODER + "."));
        assertThat(ids(identity.createGroupQuery().groupType("enhet").orderByGroupName().asc().list()))
                .containsExactly(SODER, NORR);
        assertThat(ids(identity.createGroupQuery().groupType("enhet").orderByGroupId().desc().listPage(0, 1)))
                .containsExactly(SODER);
        assertThat(identity.createGroupQuery().memberOfTenant("any").count()).isZero();
    }

    @Test
    void passwordsAreCheckedAgainstKasusAndIdentityIsReadOnly() {
        assertThat(identity.checkPassword(ANNA, PASSWORD)).isTrue();
        assertThat(identity.checkPassword(ANNA, "fel")).isFalse();
        assertThat(identity.checkPassword(ANNA, null)).isFalse();
        assertThat(identity.checkPassword("okand", PASSWORD)).isFalse();
        assertThat(identity.checkPassword(null, PASSWORD)).isFalse();
        assertThat(identity.isReadOnly()).isTrue();
        assertThat(identity.createTenantQuery().count()).isZero();
        assertThat(identity.createTenantQuery().list()).isEmpty();
    }

    @Test
    void candidateGroupsOfAUserFindTheirTeamsTaskOnly() {
        String norrTask = IdentityFixture.taskId(engine, NORR_INSTANCE);
        String soderTask = IdentityFixture.taskId(engine, SODER_INSTANCE);
        String[] fixtureInstances = { IdentityFixture.instanceId(engine, NORR_INSTANCE),
                IdentityFixture.instanceId(engine, SODER_INSTANCE) };

        List<String> annasGroups = ids(identity.createGroupQuery().groupMember(ANNA).list());
        assertThat(ids(tasks.createTaskQuery().processInstanceIdIn(fixtureInstances)
                .taskCandidateGroupIn(annasGroups).list())).containsExactly(norrTask);
        // the engine resolves a candidate user's groups through the identity provider
        assertThat(ids(tasks.createTaskQuery().processInstanceIdIn(fixtureInstances).taskCandidateUser(ANNA).list()))
                .containsExactly(norrTask);
        assertThat(ids(tasks.createTaskQuery().processInstanceIdIn(fixtureInstances).taskCandidateUser(BERTIL).list()))
                .containsExactly(soderTask);
        // the enhetschef of norr is not in the handläggare team
        assertThat(tasks.createTaskQuery().processInstanceIdIn(fixtureInstances).taskCandidateUser(CECILIA).count())
                .isZero();
    }

    @Test
    void withAuthorizationChecksAUserSeesOnlyTasksOfTheirTeam() {
        String norrTask = IdentityFixture.taskId(engine, NORR_INSTANCE);
        String soderTask = IdentityFixture.taskId(engine, SODER_INSTANCE);

        identity.setAuthentication(ANNA, ids(identity.createGroupQuery().groupMember(ANNA).list()));
        List<String> visibleToAnna = ids(tasks.createTaskQuery().processDefinitionKey(IdentityFixture.PROCESS_KEY)
                .list());
        identity.setAuthentication(BERTIL, ids(identity.createGroupQuery().groupMember(BERTIL).list()));
        List<String> visibleToBertil = ids(tasks.createTaskQuery().processDefinitionKey(IdentityFixture.PROCESS_KEY)
                .list());
        identity.clearAuthentication();

        assertThat(visibleToAnna).contains(norrTask).doesNotContain(soderTask);
        assertThat(visibleToBertil).contains(soderTask).doesNotContain(norrTask);

        Authorization teamOnTask = authorizations.createAuthorizationQuery().groupIdIn(NORR + ".handlaggare")
                .resourceType(Resources.TASK).resourceId(norrTask).singleResult();
        assertThat(teamOnTask.isPermissionGranted(TaskPermissions.READ)).isTrue();
        assertThat(teamOnTask.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
        assertThat(teamOnTask.isPermissionGranted(TaskPermissions.UPDATE)).isFalse();
    }

    @Test
    void applicationAccessFollowsRoles() {
        assertThat(apps(ANNA)).containsExactly("tasklist");
        assertThat(apps(CECILIA)).containsExactly("tasklist");
        assertThat(apps(BERTIL)).containsExactly("tasklist");
        assertThat(apps(RUT)).containsExactly("cockpit");
        assertThat(apps(SVEN)).containsExactly("cockpit", "tasklist", "admin");
    }

    @Test
    void staffReadDefinitionsTheRevisorReadsHistoryAndNeitherStartsProcesses() {
        assertThat(authorized(ANNA, ProcessDefinitionPermissions.READ)).isTrue();
        assertThat(authorized(ANNA, ProcessDefinitionPermissions.READ_TASK)).isFalse();
        assertThat(authorized(ANNA, ProcessDefinitionPermissions.READ_HISTORY)).isFalse();
        assertThat(authorized(ANNA, ProcessDefinitionPermissions.CREATE_INSTANCE)).isFalse();

        assertThat(authorized(RUT, ProcessDefinitionPermissions.READ)).isTrue();
        assertThat(authorized(RUT, ProcessDefinitionPermissions.READ_HISTORY)).isTrue();
        assertThat(authorized(RUT, ProcessDefinitionPermissions.READ_INSTANCE)).isTrue();
        assertThat(authorized(RUT, ProcessDefinitionPermissions.CREATE_INSTANCE)).isFalse();
        assertThat(authorized(RUT, ProcessDefinitionPermissions.UPDATE_INSTANCE)).isFalse();
        assertThat(authorized(RUT, ProcessDefinitionPermissions.DELETE_INSTANCE)).isFalse();
        assertThat(authorizations.isUserAuthorized(RUT, groupsOf(RUT), Permissions.CREATE, Resources.PROCESS_INSTANCE))
                .isFalse();

        assertThat(authorized(SVEN, ProcessDefinitionPermissions.CREATE_INSTANCE)).isTrue();
    }

    @Test
    void authorizationsAreCreatedOnceAndNotDuplicated() {
        long before = authorizations.createAuthorizationQuery().count();
        assertThat(engineAuthorizations.ensure(authorizations)).isZero();
        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(before);
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("handlaggare")
                .resourceType(Resources.APPLICATION).count()).isEqualTo(1);
    }

    @Test
    void aMissingGrantOrPermissionIsRestoredAtStartUp() {
        long before = authorizations.createAuthorizationQuery().count();
        Authorization cockpit = authorizations.createAuthorizationQuery().groupIdIn("revisor")
                .resourceType(Resources.APPLICATION).resourceId("cockpit").singleResult();
        authorizations.deleteAuthorization(cockpit.getId());
        Authorization definitions = authorizations.createAuthorizationQuery().groupIdIn("revisor")
                .resourceType(Resources.PROCESS_DEFINITION).resourceId("*").singleResult();
        definitions.removePermission(ProcessDefinitionPermissions.READ_HISTORY);
        authorizations.saveAuthorization(definitions);
        assertThat(apps(RUT)).isEmpty();
        assertThat(authorized(RUT, ProcessDefinitionPermissions.READ_HISTORY)).isFalse();

        assertThat(engineAuthorizations.ensure(authorizations)).isEqualTo(2);

        assertThat(apps(RUT)).containsExactly("cockpit");
        assertThat(authorized(RUT, ProcessDefinitionPermissions.READ_HISTORY)).isTrue();
        assertThat(authorized(RUT, ProcessDefinitionPermissions.READ)).isTrue();
        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(before);
    }

    private List<String> apps(String userId) {
        return List.of("cockpit", "tasklist", "admin").stream()
                .filter(app -> authorizations.isUserAuthorized(userId, groupsOf(userId), Permissions.ACCESS,
                        Resources.APPLICATION, app))
                .toList();
    }

    private boolean authorized(String userId, ProcessDefinitionPermissions permission) {
        return authorizations.isUserAuthorized(userId, groupsOf(userId), permission, Resources.PROCESS_DEFINITION,
                IdentityFixture.PROCESS_KEY);
    }

    private List<String> groupsOf(String userId) {
        return ids(identity.createGroupQuery().groupMember(userId).list());
    }

    static List<String> ids(List<?> items) {
        return items.stream().map(item -> {
            if (item instanceof User user) {
                return user.getId();
            }
            if (item instanceof Group group) {
                return group.getId();
            }
            return ((Task) item).getId();
        }).toList();
    }
}
