package se.kasus.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import se.kasus.TestOrganisation;
import se.kasus.TestPersonnummer;
import se.kasus.access.AccessDeniedException;
import se.kasus.access.Role;
import se.kasus.access.UserDirectory;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.ClientFileService;
import se.kasus.casework.NewApplication;
import se.kasus.casework.ServiceType;
import se.kasus.registry.NewPerson;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/**
 * Two caseworkers who read two persons' data through the real services, so that the auditor's views have something
 * to tell apart. The users are new for every scenario (a Spring context, and its database, is shared between test
 * classes), so "what this user did" is exactly what the scenario made them do.
 *
 * <ul>
 * <li>{@code first} opens A's file, then B's file.</li>
 * <li>{@code second} opens A's file giving a reason that is a spreadsheet formula, then searches B by personnummer.</li>
 * <li>{@code handlaggare.syd} tries to open A's file, whose case is in Norr, and is refused.</li>
 * </ul>
 * A and B have a case each in Norr, registered by {@code handlaggare.norr}; B has skyddad identitet and an address that must never
 * be shown.
 */
public record AuditScenario(PersonView a, PersonView b, String first, String second, long caseOfA) {

    public static final String FORMULA_REASON = "=cmd|' /C calc'!A0";
    public static final String B_STREET = "Hemliga gatan 7";

    public static AuditScenario create(TestOrganisation org, UserDirectory directory, PersonService persons,
            CaseIntake intake, ClientFileService clientFiles, Clock clock) {
        org.ensure();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String first = "granskad.a." + suffix;
        String second = "granskad.b." + suffix;
        directory.createUser(first, "Första Granskad", "Handläggare", TestOrganisation.PASSWORD, TestOrganisation.NORR,
                EnumSet.of(Role.HANDLAGGARE));
        directory.createUser(second, "Andra Granskad", "Handläggare", TestOrganisation.PASSWORD,
                TestOrganisation.NORR, EnumSet.of(Role.HANDLAGGARE));
        PersonView a = org.newPerson();
        PersonView b = persons.create(new NewPerson(TestPersonnummer.next(), "Skyddad", "Person", B_STREET, "111 11",
                "Hemlighus", true));
        long caseOfA = org.as("handlaggare.norr", () -> intake.registerApplication(new NewApplication(a.id(),
                LocalDate.now(clock), ServiceType.HEMTJANST, "Behöver hjälp."))).id();
        // A client file opens only for a person with a case in the reader's unit, so B has one too.
        org.as("handlaggare.norr", () -> intake.registerApplication(new NewApplication(b.id(), LocalDate.now(clock),
                ServiceType.TRYGGHETSLARM, "Önskar larm.")));

        org.as(first, () -> clientFiles.open(a.id(), "Handläggning"));
        org.as(first, () -> clientFiles.open(b.id(), "Handläggning"));
        org.as(second, () -> clientFiles.open(a.id(), FORMULA_REASON));
        org.as(second, () -> clientFiles.search(b.personnummer()));
        try {
            org.as("handlaggare.syd", () -> clientFiles.open(a.id(), "Nyfiken"));
            throw new AssertionError("Syd may not read Norr's client");
        } catch (AccessDeniedException expected) {
            // refused and audited
        }
        return new AuditScenario(a, b, first, second, caseOfA);
    }

    /** The ids of the entries about a person, newest first, straight from the table. */
    public static List<Long> idsAbout(JdbcTemplate jdbc, long personId) {
        return jdbc.queryForList("SELECT id FROM audit_entry WHERE person_id = ? ORDER BY id DESC", Long.class,
                personId);
    }

    /** The ids of a user's entries, newest first, straight from the table. */
    public static List<Long> idsBy(JdbcTemplate jdbc, String actor) {
        return jdbc.queryForList("SELECT id FROM audit_entry WHERE actor = ? ORDER BY occurred_at DESC, id DESC",
                Long.class, actor);
    }
}
