package se.kasus.web.ui;

import org.springframework.stereotype.Component;

import se.kasus.access.AccessControl;
import se.kasus.access.KasusUser;
import se.kasus.access.Role;
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
        return new View(user.displayName(), user.title(), unit,
                user.has(Role.REVISOR) || user.has(Role.SYSTEMFORVALTARE));
    }

    /** What the header shows; {@code auditLink} is the "Logg" menu item. */
    public record View(String displayName, String title, String unitName, boolean auditLink) {
    }
}
