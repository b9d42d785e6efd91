package se.kasus.engine.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.kasus.access.AccessFile;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.access.Role;

/**
 * The engine's authorizations follow the behörighetsmatris: Tasklist for exactly the roles that work cases
 * (case.write), Cockpit's read-only history for exactly those that replay case histories (case-history.read), all of
 * the engine for exactly those that administer processes (process-admin.write), as the canonical file says.
 */
@IdentitySliceTest
class EngineAuthorizationsMatrixTest {

    @Autowired EngineAuthorizations engineAuthorizations;
    @Autowired AuthorizationService authorizations;

    private final AccessFile file = AccessFile.canonical();

    @Test
    void theDerivedGrantsAreThoseTheMatrixImplies() {
        assertThat(groupsGranted(Resources.APPLICATION, "tasklist")).as("Tasklist")
                .isEqualTo(rolesWith(Permission.TASK_WORK, Permission.PROCESS_ADMIN));
        assertThat(groupsGranted(Resources.APPLICATION, "cockpit")).as("Cockpit")
                .isEqualTo(rolesWith(Permission.CASE_HISTORY_READ, Permission.PROCESS_ADMIN));
        assertThat(groupsGranted(Resources.AUTHORIZATION, "*")).as("administration")
                .isEqualTo(rolesWith(Permission.PROCESS_ADMIN));
    }

    @Test
    void theEngineAnswersEveryRoleAsTheMatrixSays() {
        for (Role role : Role.values()) {
            List<String> groups = List.of(role.groupId());
            assertThat(authorized(groups, Permissions.ACCESS, Resources.APPLICATION, "tasklist")).as("%s tasklist", role)
                    .isEqualTo(file.grants(role, Permission.TASK_WORK) || file.grants(role, Permission.PROCESS_ADMIN));
            assertThat(authorized(groups, ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION, "x"))
                    .as("%s historik", role).isEqualTo(file.grants(role, Permission.CASE_HISTORY_READ)
                            || file.grants(role, Permission.PROCESS_ADMIN));
            assertThat(authorized(groups, Permissions.ACCESS, Resources.APPLICATION, "admin")).as("%s admin", role)
                    .isEqualTo(file.grants(role, Permission.PROCESS_ADMIN));
            assertThat(authorized(groups, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
                    "x")).as("%s startar processer", role).isEqualTo(file.grants(role, Permission.PROCESS_ADMIN));
        }
    }

    /** Camunda's own admin group is the one membership the matrix cannot hand out: it must agree with it. */
    @Test
    void camundaAdminMembershipGoesExactlyToTheRolesThatAdministerProcesses() {
        for (Role role : Role.values()) {
            KasusUser user = new KasusUser("x", "x", null, "norr", Set.of(role));
            assertThat(user.groupIds().contains(KasusUser.CAMUNDA_ADMIN_GROUP)).as("%s", role)
                    .isEqualTo(file.grants(role, Permission.PROCESS_ADMIN));
        }
    }

    private boolean authorized(List<String> groups, org.camunda.bpm.engine.authorization.Permission permission,
            Resources resource, String resourceId) {
        return authorizations.isUserAuthorized("matris-test", groups, permission, resource, resourceId);
    }

    private Set<String> groupsGranted(Resources resource, String resourceId) {
        return engineAuthorizations.grants().stream()
                .filter(g -> g.resource() == resource && (g.resourceId().equals(resourceId) || g.resourceId().equals("*")))
                .map(EngineAuthorizations.Grant::groupId).filter(g -> Role.fromGroupId(g).isPresent())
                .collect(Collectors.toSet());
    }

    private Set<String> rolesWith(Permission... anyOf) {
        return Arrays.stream(Role.values()).filter(r -> Arrays.stream(anyOf).anyMatch(p -> file.grants(r, p)))
                .map(Role::groupId).collect(Collectors.toSet());
    }
}
