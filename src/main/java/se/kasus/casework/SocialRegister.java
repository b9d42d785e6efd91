package se.kasus.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.access.AccessControl;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.access.UnitView;
import se.kasus.access.UserDirectory;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/**
 * Socialregistret: every occurrence (förekomst) of a person in the social services, across all law areas and units —
 * what kind of case, which unit, from when to when, and whom to contact — without anything of the case's content.
 * It is the existence right ({@link Permission#SOCIAL_REGISTER_READ}, not unit-scoped): familjerätt answering a court
 * must see every occurrence, and reads a case only through the unit that holds it. Each lookup is audited with its
 * purpose, occurrences found or not.
 */
@Service
public class SocialRegister {

    static final int MAX_PURPOSE = 200;

    private final AccessControl access;
    private final AuditLog audit;
    private final PersonService persons;
    private final UserDirectory directory;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SocialRegister(AccessControl access, AuditLog audit, PersonService persons, UserDirectory directory,
            JdbcTemplate jdbc, Clock clock) {
        this.access = access;
        this.audit = audit;
        this.persons = persons;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whom to contact about an occurrence: the responsible caseworker, or the unit when nobody is responsible now. */
    public record Contact(String name, String title, String email, String unitName) {
    }

    /** One occurrence; {@code lawArea} names the law ("LVU" for care under LVU within a child case). */
    public record Occurrence(String lawArea, String reference, String unitId, String unitName, LocalDate from,
            LocalDate to, Contact contact) {

        public boolean current() {
            return to == null;
        }
    }

    /** The register's answer for one person: name and personnummer, never the address, and the occurrences. */
    public record Extract(long personId, String personnummer, String name, boolean protectedIdentity,
            List<Occurrence> occurrences, LocalDate checkedOn) {
    }

    /** Refuses (and logs) a user without the existence right before the search page is even shown. */
    public void requireAccess() {
        access.require(Permission.SOCIAL_REGISTER_READ, "socialregister");
    }

    /** Looks a person up by exact personnummer, for a stated purpose; an unknown number is an empty answer. */
    @Transactional
    public Optional<Extract> lookup(String personnummer, String purpose) {
        String why = requirePurpose(purpose);
        KasusUser user = access.require(Permission.SOCIAL_REGISTER_READ, "socialregister");
        Optional<PersonView> person = persons.findByPersonnummer(personnummer);
        if (person.isEmpty()) {
            audit.record(new AuditEvent(user.username(), AuditAction.SEARCH, "socialregister", null, null,
                    why + " (ingen träff)"));
        }
        return person.map(p -> extract(p, why, user));
    }

    /** The register for a person already known by id (the snabbupplysning checks parents and child this way). */
    @Transactional
    public Extract lookup(long personId, String purpose) {
        String why = requirePurpose(purpose);
        KasusUser user = access.require(Permission.SOCIAL_REGISTER_READ, "socialregister");
        return extract(persons.get(personId), why, user);
    }

    private Extract extract(PersonView person, String why, KasusUser user) {
        List<Row> rows = new ArrayList<>(cases(person.id()));
        rows.addAll(lvu(person.id()));
        List<Occurrence> occurrences = withContacts(rows);
        audit.record(new AuditEvent(user.username(), AuditAction.SEARCH, "socialregister", person.id(), null,
                why + " (" + occurrences.size() + " förekomster)"));
        // skyddade personuppgifter: the occurrences show (the existence right), the name only to those with the right
        PersonView shown = access.disclosed(user, person, rows.stream().map(Row::unitId).toList());
        return new Extract(person.id(), shown.personnummer(), shown.fullName(), person.protectedIdentity(),
                occurrences, LocalDate.now(clock));
    }

    /** An occurrence as read, before its unit and contact are named. */
    private record Row(String lawArea, String reference, String unitId, String responsible, LocalDate from,
            LocalDate to) {
    }

    private List<Row> cases(long personId) {
        return jdbc.query("SELECT id, case_type, unit_id, received_date, closed_at, responsible FROM kasus_case"
                + " WHERE person_id = ?", (rs, i) -> {
                    CaseType type = CaseType.valueOf(rs.getString("case_type"));
                    return new Row(type.label(), type.referencePrefix() + "-" + rs.getLong("id"),
                            rs.getString("unit_id"), rs.getString("responsible"),
                            rs.getObject("received_date", LocalDate.class), date(rs.getTimestamp("closed_at")));
                }, personId);
    }

    /** Care under LVU is a law area of its own in the register, though it runs within a child-welfare case. */
    private List<Row> lvu(long personId) {
        return jdbc.query("SELECT c.id, c.case_type, l.unit_id, l.started_at, l.ended_date, c.responsible"
                + " FROM lvu l JOIN kasus_case c ON c.id = l.case_id WHERE c.person_id = ?", (rs, i) -> {
                    CaseType type = CaseType.valueOf(rs.getString("case_type"));
                    return new Row("LVU", type.referencePrefix() + "-" + rs.getLong("id"), rs.getString("unit_id"),
                            rs.getString("responsible"), date(rs.getTimestamp("started_at")),
                            rs.getObject("ended_date", LocalDate.class));
                }, personId);
    }

    /** Names units and contacts once per lookup, not once per occurrence; current occurrences first, newest first. */
    private List<Occurrence> withContacts(List<Row> rows) {
        Map<String, String> units = directory.units().stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
        Map<String, Optional<KasusUser>> staff = new HashMap<>();
        return rows.stream().map(r -> {
            String unitName = units.getOrDefault(r.unitId(), r.unitId());
            Contact contact = staff.computeIfAbsent(r.responsible(), directory::find).filter(u -> u.belongsTo(r.unitId()))
                    .map(u -> new Contact(u.displayName(), u.title(), directory.email(u.username()).orElse(null), unitName))
                    .orElse(new Contact(null, null, null, unitName));
            return new Occurrence(r.lawArea(), r.reference(), r.unitId(), unitName, r.from(), r.to(), contact);
        }).sorted(Comparator.comparing(Occurrence::current).reversed()
                .thenComparing(Occurrence::from, Comparator.reverseOrder())).toList();
    }

    private LocalDate date(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atZone(clock.getZone()).toLocalDate();
    }

    private static String requirePurpose(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw FormRejectedException.field("purpose", "Ändamål",
                    "Ange varför du söker i socialregistret, t.ex. snabbupplysning till tingsrätten.");
        }
        if (purpose.length() > MAX_PURPOSE) {
            throw FormRejectedException.field("purpose", "Ändamål", "Ändamålet får vara högst 200 tecken.");
        }
        return purpose.strip();
    }
}
