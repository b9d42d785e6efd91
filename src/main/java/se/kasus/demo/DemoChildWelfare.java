package se.kasus.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import se.kasus.access.Role;
import se.kasus.access.UserDirectory;
import se.kasus.casework.CaseView;
import se.kasus.casework.CaseWork;
import se.kasus.casework.ChildReportChannel;
import se.kasus.casework.ChildReports;
import se.kasus.casework.InboxItem;
import se.kasus.casework.NewChildReport;
import se.kasus.casework.ReporterKind;
import se.kasus.registry.NewPerson;
import se.kasus.registry.PersonService;

/**
 * The barn och unga part of the demo: a unit with its staff and nämnd, and children whose cases stand at the
 * förhandsbedömning, in a BBIC utredning, and under an omedelbart omhändertagande waiting to be submitted to the
 * court, so the deadline view (/frister) and the LVU pages have something to show. Driven through the real services.
 */
@Component
@Profile("demo")
class DemoChildWelfare {

    static final String UNIT = "barn-norr";

    private final UserDirectory directory;
    private final PersonService persons;
    private final ChildReports reports;
    private final CaseWork work;
    private final Clock clock;

    DemoChildWelfare(UserDirectory directory, PersonService persons, ChildReports reports, CaseWork work,
            Clock clock) {
        this.directory = directory;
        this.persons = persons;
        this.reports = reports;
        this.work = work;
        this.clock = clock;
    }

    void createOrganisation() {
        directory.createUnit(UNIT, "Barn och unga Norr");
        user("lisa.socialsekreterare", "Lisa Åberg", "Socialsekreterare, barn och unga", Role.HANDLAGGARE);
        user("mats.forste", "Mats Wik", "1:e socialsekreterare, barn och unga", Role.FORSTE_SOCIALSEKRETERARE);
        user("nina.chef", "Nina Borg", "Enhetschef, barn och unga", Role.ENHETSCHEF);
        user("olof.namnd", "Olof Sand", "Ordförande, sociala utskottet", Role.NAMND);
    }

    /** The caseworker registers and assesses; the nämnd's chair makes the 6 § decision. */
    void createCases(DemoUsers as) {
        LocalDate today = LocalDate.now(clock);
        long[] urgent = new long[1];
        as.run("lisa.socialsekreterare", () -> {
            long preliminary = report(child("20170304-9807", "Alva", "Holm"), ReporterKind.SKOLA,
                    "Alva har berättat för sin lärare att hon ofta är ensam hemma på kvällarna.", today.minusDays(9));
            complete(preliminary, "Task_Skyddsbedomning", protection(false));

            long investigated = report(child("20140611-9816", "Noah", "Lund"), ReporterKind.HALSO_OCH_SJUKVARD,
                    "BVC oroar sig för Noahs viktnedgång och många missade besök.", today.minusDays(40));
            complete(investigated, "Task_Skyddsbedomning", protection(false));
            complete(investigated, "Task_Forhandsbedomning", Map.of("beslut", "INLEDA",
                    "motivering", "Uppgifterna om bristande omsorg behöver utredas."));

            urgent[0] = report(child("20190822-9824", "Elin", "Strand"), ReporterKind.POLIS,
                    "Polisen har omhändertagit Elins pappa efter våld i hemmet; Elin var hemma.", today);
            complete(urgent[0], "Task_Skyddsbedomning", protection(true));
        });
        as.run("olof.namnd", () -> complete(urgent[0], "Task_BeslutaOmedelbartOmhandertagande", Map.of(
                "grund", "PAR_2", "skal", "Elin riskerar allvarlig skada av våld i hemmet; rättens beslut kan inte"
                        + " avvaktas.", "beslutsdatum", today.toString(), "klockslag", "00:00")));
    }

    private long report(long childId, ReporterKind reporter, String description, LocalDate received) {
        Instant at = received.equals(LocalDate.now(clock)) ? clock.instant()
                : received.atTime(9, 15).atZone(clock.getZone()).toInstant();
        List<CaseView> opened = reports.register(new NewChildReport(List.of(childId), at, ChildReportChannel.TELEFON,
                reporter,
                "Anmälare " + reporter.label(), reporter.label(), "010-000 00 00", description));
        return opened.get(0).id();
    }

    private long child(String pnr, String first, String last) {
        return persons.create(new NewPerson(pnr, first, last, "Lekvägen 3", "123 60", "Exempelstad", false)).id();
    }

    private static Map<String, Object> protection(boolean danger) {
        return Map.of("skyddsbedomning", danger ? "Akut fara: våld i hemmet samma dag." : "Ingen akut fara.",
                "omedelbarFara", danger, "vardnadshavareKontaktade", false);
    }

    private void complete(long caseId, String taskKey, Map<String, Object> values) {
        InboxItem task = work.inbox().stream().filter(t -> t.caseId() == caseId && t.taskKey().equals(taskKey))
                .findFirst().orElseThrow();
        work.complete(task.taskId(), values);
    }

    private void user(String username, String name, String title, Role role) {
        directory.createUser(username, name, title, DemoData.PASSWORD, UNIT, EnumSet.of(role));
    }

    /** Runs a piece of demo loading as one of the demo users. */
    interface DemoUsers {
        void run(String username, Runnable body);
    }
}
