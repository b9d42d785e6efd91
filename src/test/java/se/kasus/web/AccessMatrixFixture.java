package se.kasus.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kasus.TestOrganisation;
import se.kasus.access.LawArea;
import se.kasus.access.Role;
import se.kasus.access.UserDirectory;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.CaseWork;
import se.kasus.casework.InboxItem;
import se.kasus.casework.Journal;
import se.kasus.casework.NewApplication;
import se.kasus.casework.ServiceType;
import se.kasus.registry.PersonView;

/**
 * The data the matrix is probed on, made once per Spring context through the real services and the real engine: two
 * municipal units (the probing users' own, "A", and another, "B"), a user of every role in A (provider roles in the
 * provider Hemtjänsten Norr), and in each unit a client with a decided, delivered case whose order went to a provider
 * (A's to the probing users' provider, B's to another), a journal entry, the decision letter, and a second case waiting
 * in utredning (a municipal task to open). Names carry a random suffix, so contexts never meet.
 */
final class AccessMatrixFixture {

    /** What a probe acts on: a unit (a municipal unit or a provider), the law area of its case, its ids. */
    record Target(String name, String unitId, LawArea lawArea, Map<String, String> ids) {

        String id(String key) {
            String value = ids.get(key);
            if (value == null) {
                throw new IllegalStateException("no " + key + " in target " + name);
            }
            return value;
        }
    }

    static final String OWN_PROVIDER = TestOrganisation.HEMTJANST_NORR;
    static final String OTHER_PROVIDER = TestOrganisation.OMSORGEN_AB;

    final String unitA;
    final String unitB;
    final Map<Role, String> users = new EnumMap<>(Role.class);
    /** The case, client and order of unit A (its order to the own provider) and of unit B (to another provider). */
    final Target caseA;
    final Target caseB;
    final Target orderOwnProvider;
    final Target orderOtherProvider;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final TestOrganisation org;
    private final UserDirectory directory;
    private final CaseIntake intake;
    private final CaseWork work;
    private final Journal journal;
    private final ManagementService management;
    private final JdbcTemplate jdbc;
    private final LocalDate today;

    AccessMatrixFixture(TestOrganisation org, UserDirectory directory, CaseIntake intake, CaseWork work,
            Journal journal, ManagementService management, JdbcTemplate jdbc, Clock clock) {
        this.org = org;
        this.directory = directory;
        this.intake = intake;
        this.work = work;
        this.journal = journal;
        this.management = management;
        this.jdbc = jdbc;
        this.today = LocalDate.now(clock);
        org.ensure();
        unitA = "mx-a-" + suffix;
        unitB = "mx-b-" + suffix;
        directory.createUnit(unitA, "Matrisenheten A");
        directory.createUnit(unitB, "Matrisenheten B");
        for (Role role : Role.values()) {
            String username = "mx-" + suffix + "." + role.groupId();
            directory.createUser(username, "Matris " + role.label(), role.label(), TestOrganisation.PASSWORD,
                    homeOf(role), EnumSet.of(role));
            users.put(role, username);
        }
        String caseworkerB = "mx-" + suffix + ".b.handlaggare";
        directory.createUser(caseworkerB, "Matris B", Role.HANDLAGGARE.label(), TestOrganisation.PASSWORD, unitB,
                EnumSet.of(Role.HANDLAGGARE));
        caseA = clientWithOrder(users.get(Role.HANDLAGGARE), unitA, OWN_PROVIDER);
        caseB = clientWithOrder(caseworkerB, unitB, OTHER_PROVIDER);
        orderOwnProvider = new Target("beställning till egen utförare", OWN_PROVIDER, caseA.lawArea(), caseA.ids());
        orderOtherProvider = new Target("beställning till annan utförare", OTHER_PROVIDER, caseB.lawArea(),
                caseB.ids());
    }

    /** The unit a role's probing user belongs to: a provider role's unit is its provider. */
    String homeOf(Role role) {
        return role == Role.UTFORARE || role == Role.UTFORARE_SAMORDNARE ? OWN_PROVIDER : unitA;
    }

    /** A municipal unit, or a provider, that is not the role's own. */
    String otherThan(Role role) {
        return homeOf(role).equals(OWN_PROVIDER) ? OTHER_PROVIDER : unitB;
    }

    private Target clientWithOrder(String caseworker, String unit, String provider) {
        PersonView person = org.newPerson();
        long caseId = org.as(caseworker, () -> intake.registerApplication(new NewApplication(person.id(), today,
                ServiceType.HEMTJANST, "Behöver hjälp i hemmet."))).id();
        org.as(caseworker, () -> journal.write(caseId, "Hembesök gjort."));
        complete(caseworker, caseId, "Task_Utreda", Map.of("ansoktInsats", "HEMTJANST", "behovPersonligOmvardnad",
                "Stöd vid dusch.", "enskildesUppfattning", "Vill bo kvar hemma.", "bedomning", "Behovet är styrkt.",
                "behoverKomplettering", false));
        complete(caseworker, caseId, "Task_ForslagTillBeslut", new HashMap<>(Map.of("utfall", "BIFALL", "insatstyp",
                "HEMTJANST", "omfattningTimmar", 20, "startdatum", today.plusDays(1).toString(), "uppfoljningsdatum",
                today.plusMonths(6).toString(), "motivering", "Behovet är styrkt.", "lagrum",
                "SoL (2025:400) 11 kap. 1 §")));
        complete(caseworker, caseId, "Task_FattaBeslut", Map.of("beslut", "GODKANN"));
        executeDueJobs();
        complete(caseworker, caseId, "Task_RegistreraDelgivning", Map.of("delgivningsdatum", today.toString(),
                "delgivningssatt", "BREV"));
        complete(caseworker, caseId, "Task_SkickaBestallning", Map.of("utforare", provider, "onskadStart",
                today.toString(), "uppdrag", "Dusch."));
        long waitingCase = org.as(caseworker, () -> intake.registerApplication(new NewApplication(person.id(), today,
                ServiceType.HEMTJANST, "Ny ansökan."))).id();
        Map<String, String> ids = new HashMap<>();
        ids.put("personId", Long.toString(person.id()));
        ids.put("personnummer", person.personnummer());
        ids.put("caseId", Long.toString(caseId));
        ids.put("decisionId", jdbc.queryForObject("SELECT MAX(id) FROM decision WHERE case_id = ?", Long.class, caseId)
                .toString());
        ids.put("documentId", jdbc.queryForObject("SELECT MIN(id) FROM document WHERE case_id = ?", Long.class,
                caseId).toString());
        ids.put("orderId", jdbc.queryForObject("SELECT MAX(id) FROM service_order WHERE case_id = ?", Long.class,
                caseId).toString());
        ids.put("taskId", taskOf(caseworker, waitingCase, "Task_Utreda"));
        return new Target("ärende i " + unit, unit, LawArea.ALDREOMSORG, ids);
    }

    private String taskOf(String user, long caseId, String taskKey) {
        List<InboxItem> inbox = org.as(user, () -> work.inbox());
        return inbox.stream().filter(t -> t.caseId() == caseId && t.taskKey().equals(taskKey)).map(InboxItem::taskId)
                .findFirst().orElseThrow(() -> new AssertionError("ingen uppgift " + taskKey + " i ärende " + caseId));
    }

    private void complete(String user, long caseId, String taskKey, Map<String, Object> values) {
        String taskId = taskOf(user, caseId, taskKey);
        org.as(user, () -> work.complete(taskId, values));
    }

    private void executeDueJobs() {
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }
}
