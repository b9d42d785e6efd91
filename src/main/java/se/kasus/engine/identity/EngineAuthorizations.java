package se.kasus.engine.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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

import se.kasus.access.KasusUser;
import se.kasus.access.Role;

/**
 * The engine's authorizations, derived from Kasus's roles and created at start-up. Idempotent: a grant that exists
 * is completed with any missing permission, nothing is ever removed, so what a systemförvaltare adds in Camunda Admin
 * stays.
 *
 * <ul>
 * <li>Staff who work cases (handläggare, 1:e socialsekreterare, enhetschef, nämnd) may open Tasklist, read its
 * filters and read process definitions (Tasklist shows process names and diagrams). They see a task only through the
 * authorization the engine creates when their team is the task's candidate group, or they its assignee (READ plus the
 * default task permission, set to TASK_WORK in application.yml: claim and complete, not reassign).</li>
 * <li>The revisor may open Cockpit and read process definitions, their instances, tasks and history, and decision
 * definitions with their history. Nothing that writes.</li>
 * <li>Systemförvaltare are members of {@code camunda-admin}, which the engine always treats as an admin group; like
 * Camunda's own first-user setup, that group is also granted ALL on every resource, which is what the webapps check
 * for application access.</li>
 * <li>Utförare get nothing in the engine's webapps.</li>
 * </ul>
 */
@Component
class EngineAuthorizations extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineAuthorizations.class);

    static final Set<Role> TASKLIST_ROLES = EnumSet.of(Role.HANDLAGGARE, Role.FORSTE_SOCIALSEKRETERARE,
            Role.ENHETSCHEF, Role.NAMND);

    record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {
    }

    static List<Grant> grants() {
        List<Grant> grants = new ArrayList<>();
        for (Role role : TASKLIST_ROLES) {
            String group = role.groupId();
            grants.add(new Grant(group, Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS)));
            grants.add(new Grant(group, Resources.FILTER, ANY, List.of(Permissions.READ)));
            grants.add(new Grant(group, Resources.PROCESS_DEFINITION, ANY, List.of(ProcessDefinitionPermissions.READ)));
        }
        String revisor = Role.REVISOR.groupId();
        grants.add(new Grant(revisor, Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)));
        grants.add(new Grant(revisor, Resources.PROCESS_DEFINITION, ANY,
                List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_HISTORY)));
        grants.add(new Grant(revisor, Resources.PROCESS_INSTANCE, ANY, List.of(ProcessInstancePermissions.READ)));
        grants.add(new Grant(revisor, Resources.HISTORIC_PROCESS_INSTANCE, ANY,
                List.of(HistoricProcessInstancePermissions.READ)));
        grants.add(new Grant(revisor, Resources.DECISION_DEFINITION, ANY,
                List.of(Permissions.READ, Permissions.READ_HISTORY)));
        grants.add(new Grant(revisor, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, List.of(Permissions.READ)));
        for (Resources resource : Resources.values()) {
            grants.add(new Grant(KasusUser.CAMUNDA_ADMIN_GROUP, resource, ANY, List.of(Permissions.ALL)));
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
