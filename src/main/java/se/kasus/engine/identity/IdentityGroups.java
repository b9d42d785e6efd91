package se.kasus.engine.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

import se.kasus.access.KasusUser;
import se.kasus.access.Role;
import se.kasus.access.UnitView;

/**
 * How Kasus's users, roles and units look to the engine: the group ids, types and names that Cockpit, Tasklist, Admin
 * and BPMN candidate groups see. Every id that {@link KasusUser#groupIds()} can produce is one of these groups.
 */
final class IdentityGroups {

    /** A role, e.g. {@code handlaggare}. */
    static final String TYPE_ROLE = "roll";
    /** An organisational unit, e.g. {@code aldre-norr}. */
    static final String TYPE_UNIT = "enhet";
    /** A role within a unit, e.g. {@code aldre-norr.handlaggare}: the candidate group of user tasks. */
    static final String TYPE_TEAM = "team";
    /** Camunda's own administrators ({@code camunda-admin}), i.e. the systemförvaltare. */
    static final String TYPE_SYSTEM = Groups.GROUP_TYPE_SYSTEM;

    static final String ADMIN_GROUP_NAME = "Camunda-administratörer (systemförvaltare)";

    private IdentityGroups() {
    }

    /**
     * All groups: every role, every unit, every role within every unit (so a BPMN candidate group names an existing
     * group even before anyone holds that role there) and {@code camunda-admin}. Ids are unique; should a unit ever
     * share its id with a role, the role wins.
     */
    static List<GroupEntity> all(List<UnitView> units) {
        Map<String, GroupEntity> groups = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            groups.putIfAbsent(role.groupId(), group(role.groupId(), role.label(), TYPE_ROLE));
        }
        for (UnitView unit : units) {
            groups.putIfAbsent(unit.id(), group(unit.id(), unit.name(), TYPE_UNIT));
        }
        for (UnitView unit : units) {
            for (Role role : Role.values()) {
                String id = role.teamIn(unit.id());
                groups.putIfAbsent(id, group(id, role.label() + " – " + unit.name(), TYPE_TEAM));
            }
        }
        groups.putIfAbsent(KasusUser.CAMUNDA_ADMIN_GROUP,
                group(KasusUser.CAMUNDA_ADMIN_GROUP, ADMIN_GROUP_NAME, TYPE_SYSTEM));
        return new ArrayList<>(groups.values());
    }

    static GroupEntity group(String id, String name, String type) {
        GroupEntity group = new GroupEntity(id);
        group.setName(name);
        group.setType(type);
        return group;
    }

    static UserEntity user(KasusUser user, String email) {
        UserEntity entity = new UserEntity(user.username());
        String[] names = splitName(user.displayName());
        entity.setFirstName(names[0]);
        entity.setLastName(names[1]);
        entity.setEmail(email);
        return entity;
    }

    /**
     * First and last name from a display name: the first word is the first name, the rest the last name
     * ("Karl-Erik von Essen" gives "Karl-Erik" and "von Essen"). A single word is a first name with an empty last name.
     */
    static String[] splitName(String displayName) {
        String name = displayName == null ? "" : displayName.strip().replaceAll("\\s+", " ");
        int space = name.indexOf(' ');
        if (space < 0) {
            return new String[] { name, "" };
        }
        return new String[] { name.substring(0, space), name.substring(space + 1) };
    }
}
