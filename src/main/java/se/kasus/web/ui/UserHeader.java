package se.kasus.web.ui;

import org.springframework.stereotype.Component;

import se.kasus.access.AccessControl;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.access.UnitView;
import se.kasus.access.UserDirectory;

/**
 * Who is logged in, for the page header: used by the layout as {@code @userHeader.current()}, so the header is
 * right on every page, including error pages rendered outside the controllers.
 */
@Component("userHeader")
public class UserHeader {

    private final AccessControl access;
    private final UserDirectory directory;

    UserHeader(AccessControl access, UserDirectory directory) {
        this.access = access;
        this.directory = directory;
    }

    /** The logged-in user, or {@code null} when nobody is (login and some error pages). */
    public View current() {
        return access.findCurrentUser().map(this::view).orElse(null);
    }

    private View view(KasusUser user) {
        String unit = user.unitId() == null ? null
                : directory.unit(user.unitId()).map(UnitView::name).orElse(user.unitId());
        return new View(user.displayName(), user.title(), unit, access.may(user, Permission.TASK_WORK),
                access.may(user, Permission.PERSON_SEARCH),
                access.may(user, Permission.AUDIT_READ) || access.may(user, Permission.AUDIT_VERIFY),
                access.may(user, Permission.CASE_HISTORY_READ),
                access.may(user, Permission.PROCESS_ADMIN));
    }

    /** Where the user starts: the inbox for those who work on cases, the audit log for those who review it. */
    public String home() {
        if (visitLink() && access.findCurrentUser().map(u -> u.unitId() != null).orElse(false)) {
            return "/utforare"; // provider staff start on today's visits
        }
        View me = current();
        if (providerLink()) {
            return "/utforare/bestallningar";
        }
        return me == null || me.inboxLink() || !me.auditLink() ? "/inkorg" : "/logg";
    }

    /** Whether the menu shows Frister (the deadline view): a method of its own, so the View record stays as it is. */
    public boolean deadlineLink() {
        return access.findCurrentUser().map(user -> access.may(user, Permission.DEADLINE_VIEW)).orElse(false);
    }

    /** Whether the menu shows Socialregistret (the existence right). */
    public boolean socialRegisterLink() {
        return access.findCurrentUser().map(user -> access.may(user, Permission.SOCIAL_REGISTER_READ)).orElse(false);
    }

    /** Whether the menu shows Besök (tidrapportering): provider staff. */
    public boolean visitLink() {
        return access.findCurrentUser().map(user -> access.may(user, Permission.VISIT_REPORT)).orElse(false);
    }

    /** Whether the menu shows Ersättning: the municipality's attestants. */
    public boolean reimbursementLink() {
        return access.findCurrentUser().map(user -> access.may(user, Permission.REIMBURSEMENT_ATTEST)).orElse(false);
    }

    /** Whether the menu shows Beställningar, the utförare's own inbox. */
    public boolean providerLink() {
        return access.findCurrentUser().map(user -> access.may(user, Permission.PROVIDER_ORDERS)).orElse(false);
    }

    /** Whether the menu shows Familjerätt: whoever may open family-law cases (config/access.yml, law-areas). */
    public boolean familyLawLink() {
        return access.findCurrentUser().map(user -> access.may(user, Permission.CASE_CREATE) && access.coversLawArea(
                user, Permission.CASE_CREATE, se.kasus.access.LawArea.FAMILJERATT)).orElse(false);
    }

    /** What the header shows; the links are the menu items the user can use. */
    public record View(String displayName, String title, String unitName, boolean inboxLink, boolean searchLink,
            boolean auditLink, boolean historyLink, boolean processLink) {
    }
}
