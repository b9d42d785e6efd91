package se.kasus.provision;

import org.springframework.stereotype.Component;

import se.kasus.access.AccessControl;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.access.Role;
import se.kasus.casework.ServiceOrders;

/**
 * Who may touch which provider's data. A provider user's unit is its provider id; a provider user reaches only
 * orders of that provider. Every refusal goes through {@link AccessControl#refuse}, so it is in the audit log.
 */
@Component
class ProviderAccess {

    private final AccessControl access;

    ProviderAccess(AccessControl access) {
        this.access = access;
    }

    /** A provider user with the permission, and the provider they work for. */
    KasusUser providerUser(Permission permission, String resource) {
        KasusUser user = access.require(permission, resource);
        if (user.unitId() == null || !isProviderUser(user)) {
            access.refuse(user, resource, null, null, "Inte knuten till någon utförare");
        }
        return user;
    }

    /** The order, if it is the user's provider's; otherwise a logged refusal (never a hint that it exists). */
    void requireOwnOrder(KasusUser user, ServiceOrders.RunningOrder order, String resource) {
        if (!user.belongsTo(order.providerId())) {
            access.refuse(user, resource, order.personId(), order.caseId(), "Annan utförares beställning");
        }
    }

    /**
     * Reading a provider's underlag: the provider is the unit, so the matrix decides: the municipality's staff hold
     * the right for every provider (all-units), a provider's own staff only for their own (own-unit).
     */
    KasusUser requireProvider(Permission permission, String providerId, String resource) {
        return access.requireInUnit(permission, providerId, resource, null, null);
    }

    static boolean isProviderUser(KasusUser user) {
        return user.has(Role.UTFORARE) || user.has(Role.UTFORARE_SAMORDNARE);
    }
}
