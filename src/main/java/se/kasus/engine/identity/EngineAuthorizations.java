package se.kasus.engine.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.kasus.access.AccessMatrix;
import se.kasus.access.KasusUser;
import se.kasus.access.Role;

/**
 * The engine's authorizations, derived from the behörighetsmatris ({@link AccessMatrix}, {@code config/access.yml})
 * and created at start-up. Idempotent: a grant that exists is completed with any missing permission, nothing is ever
 * removed, so what a systemförvaltare adds in Camunda Admin stays (and a right taken out of the matrix must also be
 * taken out in Camunda Admin: the start-up never deletes).
 *
 * <ul>
 * <li>Roles that work cases (case.write, {@link se.kasus.access.Permission#TASK_WORK}) may open Tasklist, read its
 * filters and read process definitions (Tasklist shows process names and diagrams). They see a task only through the
 * authorization the engine creates when their team is the task's candidate group, or they its assignee (READ plus the
 * default task permission, set to TASK_WORK in application.yml: claim and complete, not reassign).</li>
 * <li>Roles that replay case histories (case-history.read, {@link se.kasus.access.Permission#CASE_HISTORY_READ}) may
 * open Cockpit and read process definitions, their instances, tasks and history, and decision definitions with their
 * history. Nothing that writes.</li>
 * <li>Roles that administer processes (process-admin.write, {@link se.kasus.access.Permission#PROCESS_ADMIN}) get ALL
 * on every resource, like Camunda's own first-user setup; so does {@code camunda-admin}, the group the engine always
 * treats as an admin group (systemförvaltare are its members, {@link KasusUser#groupIds()}).</li>
 * <li>Every other role (the utförare) gets nothing in the engine's webapps.</li>
 * </ul>
 */
@Component
class EngineAuthorizations extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineAuthorizations.class);

    record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {
    }

    private final AccessMatrix matrix;

    EngineAuthorizations(AccessMatrix matrix) {
        this.matrix = matrix;
    }

    /** The grants the matrix implies, in a fixed order. */
    List<Grant> grants() {
        List<Grant> grants = new ArrayList<>();
        for (Role role : Role.values()) {
            String group = role.groupId();
            if (matrix.grants(role, se.kasus.access.Permission.TASK_WORK)) {
                grants.add(new Grant(group, Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS)));
                grants.add(new Grant(group, Resources.FILTER, ANY, List.of(Permissions.READ)));
                grants.add(new Grant(group, Resources.PROCESS_DEFINITION, ANY,
                        List.of(ProcessDefinitionPermissions.READ)));
            }
            if (matrix.grants(role, se.kasus.access.Permission.CASE_HISTORY_READ)) {
                grants.addAll(historyReader(group));
            }
            if (matrix.grants(role, se.kasus.access.Permission.PROCESS_ADMIN)) {
                grants.addAll(admin(group));
            }
        }
        grants.addAll(admin(KasusUser.CAMUNDA_ADMIN_GROUP));
        return grants;
    }

    private static List<Grant> historyReader(String group) {
        return List.of(new Grant(group, Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)),
                new Grant(group, Resources.PROCESS_DEFINITION, ANY,
                        List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_HISTORY)),
                new Grant(group, Resources.PROCESS_INSTANCE, ANY, List.of(ProcessInstancePermissions.READ)),
                new Grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY,
                        List.of(HistoricProcessInstancePermissions.READ)),
                new Grant(group, Resources.DECISION_DEFINITION, ANY, List.of(Permissions.READ, Permissions.READ_HISTORY)),
                new Grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, List.of(Permissions.READ)));
    }

    private static List<Grant> admin(String group) {
        List<Grant> grants = new ArrayList<>();
        for (Resources resource : Resources.values()) {
            grants.add(new Grant(group, resource, ANY, List.of(Permissions.ALL)));
        }
        return grants;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ensure(processEngine.getAuthorizationService());
    }

    /** Creates or completes every grant; returns how many authorizations it created or changed. */
    int ensure(AuthorizationService authorizations) {
        int changed = 0;
        for (Grant grant : grants()) {
            try {
                if (ensure(authorizations, grant)) {
                    changed++;
                }
            } catch (ProcessEngineException e) {
                // another node starting at the same moment may have created it: the next start completes it
                log.warn("Could not save the authorization {}: {}", grant, e.getMessage());
            }
        }
        if (changed > 0) {
            log.info("Created or completed {} engine authorizations for Kasus's roles", changed);
        }
        return changed;
    }

    private static boolean ensure(AuthorizationService authorizations, Grant grant) {
        Authorization authorization = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(grant.groupId()).resourceType(grant.resource()).resourceId(grant.resourceId())
                .singleResult();
        boolean changed = false;
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(grant.groupId());
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
            changed = true;
        }
        for (Permission permission : grant.permissions()) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
        return changed;
    }
}
