package se.kasus.casework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.access.AccessControl;
import se.kasus.access.AccessOverview;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.access.Role;
import se.kasus.access.UserDirectory;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;

/**
 * "Who can see this person, and why": every member of staff who can read the person's cases now (by unit, by a
 * running menprövning, as the provider of an order) and the roles that see only that the person occurs
 * (socialregistret) or review the log. Derived from the same matrix and rules {@link AccessControl} enforces, so it
 * cannot drift from them. For the revisor (AUDIT_READ); the reading is logged.
 */
@Service
public class PersonAccessOverview {

    private final AccessControl access;
    private final AccessOverview overview;
    private final UserDirectory directory;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    PersonAccessOverview(AccessControl access, AccessOverview overview, UserDirectory directory, AuditLog audit,
            JdbcTemplate jdbc) {
        this.access = access;
        this.overview = overview;
        this.directory = directory;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** One member of staff (or, for role-wide rights, one role) and why they can see the person. */
    public record Reader(String who, String role, String unit, String why, boolean readsCases) {
    }

    @Transactional
    public List<Reader> whoCanSee(long personId) {
        KasusUser user = access.require(Permission.AUDIT_READ, "behörighet/person");
        List<Reader> readers = new ArrayList<>();
        List<KasusUser> staff = directory.all();
        unitReaders(personId, staff, readers);
        overview.activeGrants(personId).forEach(g -> readers.add(new Reader(name(g.username()), roleOf(g.username()),
                unitName(g.unitId()), "Menprövning till " + g.expiresAt() + " (läsrätt i " + unitName(g.unitId())
                        + "): " + g.reason(), true)));
        providerReaders(personId, staff, readers);
        roleWide(Permission.SOCIAL_REGISTER_READ, "Ser att personen förekommer och vem som är kontakt "
                + "(socialregistret), inte ärendena", readers);
        roleWide(Permission.AUDIT_READ, "Granskar loggen och ärendehistoriken", readers);
        audit.record(new AuditEvent(user.username(), AuditAction.READ, "behörighet/person", personId, null,
                "Vem kan se personen"));
        readers.sort(Comparator.comparing(Reader::readsCases).reversed().thenComparing(Reader::unit));
        return readers;
    }

    /** Staff of each unit that holds a case of the person, with a right to read client files. */
    private void unitReaders(long personId, List<KasusUser> staff, List<Reader> readers) {
        jdbc.query("SELECT unit_id, case_type, id FROM kasus_case WHERE person_id = ?", (rs, i) -> new String[] {
            rs.getString("unit_id"), CaseType.valueOf(rs.getString("case_type")).referencePrefix() + "-" + rs.getLong("id")
        }, personId).forEach(c -> staffOf(staff, c[0], Permission.CLIENT_FILE_READ).forEach(u -> readers.add(
                new Reader(u.displayName(), roleLabels(u), unitName(c[0]), "Ärende " + c[1] + " i den egna enheten",
                        true))));
    }

    /** Provider staff see the orders sent to their organisation for the person's cases. */
    private void providerReaders(long personId, List<KasusUser> staff, List<Reader> readers) {
        jdbc.queryForList("SELECT DISTINCT o.provider_id FROM service_order o JOIN kasus_case c ON c.id = o.case_id"
                + " WHERE c.person_id = ?", String.class, personId).forEach(providerId -> staffOf(staff, providerId,
                        Permission.PROVIDER_ORDERS).forEach(u -> readers.add(new Reader(u.displayName(), roleLabels(u),
                                unitName(providerId), "Utförare av en beställning för personen", true))));
    }

    private List<KasusUser> staffOf(List<KasusUser> staff, String unitId, Permission permission) {
        return staff.stream().filter(u -> u.belongsTo(unitId))
                .filter(u -> u.roles().stream().anyMatch(r -> overview.roleMay(r, permission))).toList();
    }

    private void roleWide(Permission permission, String why, List<Reader> readers) {
        for (Role role : Role.values()) {
            if (overview.roleMay(role, permission)) {
                readers.add(new Reader("Alla med rollen", role.label(), "Alla enheter", why, false));
            }
        }
    }

    private String name(String username) {
        return directory.find(username).map(KasusUser::displayName).orElse(username);
    }

    private String roleOf(String username) {
        return directory.find(username).map(PersonAccessOverview::roleLabels).orElse("");
    }

    private static String roleLabels(KasusUser user) {
        return String.join(", ", user.roles().stream().map(Role::label).sorted().toList());
    }

    private String unitName(String unitId) {
        return directory.unit(unitId).map(se.kasus.access.UnitView::name).orElse(unitId);
    }
}
