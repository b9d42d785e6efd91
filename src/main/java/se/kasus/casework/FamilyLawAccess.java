package se.kasus.casework;

import org.springframework.stereotype.Component;

import se.kasus.access.AccessControl;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.access.Role;

/**
 * Who may open a family-law case: CASE_CREATE in one's own unit and the familjerätt role. An äldreomsorg or barn
 * caseworker has CASE_CREATE too but must not open a court's case. Until config/access.yml limits permissions per law
 * area, the role is the rule; the refusal is audited like every other.
 */
@Component
class FamilyLawAccess {

    private final AccessControl access;

    FamilyLawAccess(AccessControl access) {
        this.access = access;
    }

    KasusUser requireRegistrar(String resource, Long personId) {
        KasusUser user = access.currentUser();
        access.requireInUnit(Permission.CASE_CREATE, user.unitId(), resource, personId, null);
        if (!user.has(Role.FAMILJERATTSSEKRETERARE)) {
            access.refuse(user, resource, personId, null, "Familjerättsärenden öppnas av familjerätten");
        }
        return user;
    }
}
