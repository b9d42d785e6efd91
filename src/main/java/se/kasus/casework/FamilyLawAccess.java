package se.kasus.casework;

import org.springframework.stereotype.Component;

import se.kasus.access.AccessControl;
import se.kasus.access.KasusUser;
import se.kasus.access.LawArea;
import se.kasus.access.Permission;

/**
 * Who may open a family-law case: case.create in one's own unit for the law area familjerätt, as config/access.yml
 * says. An äldreomsorg or barn caseworker has case.create too, but not for familjerätt, so cannot open a court's case.
 * The rule is the matrix's, not a role in code; the refusal is audited like every other. Reads and steps of an open
 * case are checked by CaseAccess, which asks the case's own law area.
 */
@Component
class FamilyLawAccess {

    private final AccessControl access;

    FamilyLawAccess(AccessControl access) {
        this.access = access;
    }

    KasusUser requireRegistrar(String resource, Long personId) {
        return access.requireInUnit(Permission.CASE_CREATE, access.currentUser().unitId(), LawArea.FAMILJERATT,
                resource, personId, null);
    }
}
