package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kasus.TestOrganisation;
import se.kasus.access.AccessDeniedException;
import se.kasus.frister.Frist;
import se.kasus.frister.FristList;
import se.kasus.frister.Fristbevakning;
import se.kasus.frister.UnknownFristKindException;
import se.kasus.registry.PersonView;

/**
 * The deadline view against the engine: a mix of cases at different stages, some overdue, and the view must list
 * exactly the timers and open tasks that the engine holds at elements marked {@code frist}, read here independently
 * through the engine's query API and the BPMN model API, with the right days left and in the right order.
 */
class FristbevakningTest extends ProcessTestBase {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final String SYD_HANDLAGGARE = "handlaggare.syd";

    @Autowired Fristbevakning fristbevakning;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repository;
    @Autowired JdbcTemplate jdbc;

    @Test
    void listsExactlyTheEnginesMarkedTimersAndTasksOfTheUnitWithDaysLeftOverdueFirst() {
        setToday(MONDAY);
        long answer = waitingForAnswer();              // svarsfrist: 14 days, last day 2026-03-16
        long refusal = waitingForFinalRefusal();       // överklagandetid: 3 weeks, last day 2026-03-23
        long granted = grantedAndDelivered();          // ej verkställt: 3 months, last day 2026-06-02
        long followedUp = waitingForFollowUp();        // verkställd: only the follow-up timer, which is no frist
        long proposal = waitingForProposal();          // no frist running
        moveClock(Duration.ofDays(20));                // Sunday 2026-03-22: the svarsfrist is 6 days overdue
        long laterAnswer = waitingForAnswer();

        FristList list = org.as(HANDLAGGARE, () -> fristbevakning.list(null));

        assertThat(list.frister()).extracting(Frist::kind, Frist::caseId, Frist::due)
                .containsExactlyElementsOf(expectedInUnit(TestOrganisation.NORR).stream()
                        .map(e -> tuple(e.kind(), e.caseId(), e.due())).toList());
        LocalDate today = LocalDate.ofInstant(clock.instant(), SWEDEN);
        assertThat(list.frister()).allSatisfy(f -> {
            assertThat(f.daysLeft()).isEqualTo(ChronoUnit.DAYS.between(today, f.lastDay()));
            assertThat(f.overdue()).isEqualTo(!clock.instant().isBefore(f.due()));
        });

        assertThat(only(list, answer)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("KOMMUNICERING_SVARSFRIST");
            assertThat(f.label()).isEqualTo("Svarsfrist vid kommunicering");
            assertThat(f.lastDay()).isEqualTo(LocalDate.of(2026, 3, 16));
            assertThat(f.daysLeft()).isEqualTo(-6);
            assertThat(f.overdue()).isTrue();
            assertThat(f.taskId()).isNotNull();
            assertThat(f.candidateGroups()).containsExactly("norr.handlaggare");
        });
        assertThat(only(list, refusal)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("OVERKLAGANDETID");
            assertThat(f.law()).isEqualTo("FL (2017:900) 44 §");
            assertThat(f.lastDay()).isEqualTo(LocalDate.of(2026, 3, 23));
            assertThat(f.daysLeft()).isEqualTo(1);
            assertThat(f.overdue()).isFalse();
            assertThat(f.caseResponsible()).isEqualTo(HANDLAGGARE);
        });
        assertThat(only(list, granted)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("EJ_VERKSTALLT");
            assertThat(f.processKey()).isEqualTo("gemensam-verkstallighet");
            assertThat(f.lastDay()).isEqualTo(LocalDate.of(2026, 6, 2));
            assertThat(f.daysLeft()).isEqualTo(72);
        });
        assertThat(only(list, laterAnswer)).singleElement().satisfies(f -> assertThat(f.daysLeft()).isPositive());
        assertThat(only(list, followedUp)).isEmpty();
        assertThat(only(list, proposal)).isEmpty();

        // Overdue first, then the soonest; the counts at the top agree with the rows.
        assertThat(list.frister().get(0).overdue()).isTrue();
        assertThat(list.frister()).isSortedAccordingTo(Comparator.comparing(Frist::due));
        assertThat(list.counts()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("KOMMUNICERING_SVARSFRIST");
            assertThat(c.overdue()).isEqualTo(list.frister().stream()
                    .filter(f -> f.kind().equals(c.kind()) && f.overdue()).count()).isPositive();
        });

        // The same after the svarsfrist timer fires: the task and its timer are gone from engine and view alike.
        executeDueJobs();
        FristList after = org.as(HANDLAGGARE, () -> fristbevakning.list(null));
        assertThat(only(after, answer)).isEmpty();
        assertThat(after.frister()).extracting(Frist::kind, Frist::caseId, Frist::due)
                .containsExactlyElementsOf(expectedInUnit(TestOrganisation.NORR).stream()
                        .map(e -> tuple(e.kind(), e.caseId(), e.due())).toList());
    }

    @Test
    void aUnitSeesOnlyItsOwnCasesDeadlines() {
        long norr = waitingForAnswer();
        long syd = sydWaitingForAnswer();

        FristList norrList = org.as(HANDLAGGARE, () -> fristbevakning.list(null));
        FristList sydList = org.as("chef.syd", () -> fristbevakning.list(null));

        assertThat(norrList.frister()).extracting(Frist::caseId).contains(norr).doesNotContain(syd);
        assertThat(sydList.frister()).extracting(Frist::caseId).contains(syd).doesNotContain(norr);
        assertThat(sydList.frister()).extracting(Frist::caseId)
                .allSatisfy(id -> assertThat(cases.findById(id).orElseThrow().unitId()).isEqualTo("syd"));
        assertThat(sydList.frister()).extracting(Frist::kind, Frist::caseId, Frist::due)
                .containsExactlyElementsOf(expectedInUnit(TestOrganisation.SYD).stream()
                        .map(e -> tuple(e.kind(), e.caseId(), e.due())).toList());
    }

    @Test
    void filtersByKindAndRefusesAnUnknownKindBeforeReadingAnything() {
        waitingForAnswer();
        waitingForFinalRefusal();

        FristList answers = org.as(FORSTE, () -> fristbevakning.list("KOMMUNICERING_SVARSFRIST"));
        assertThat(answers.frister()).isNotEmpty().allSatisfy(f -> assertThat(f.kind()).isEqualTo(
                "KOMMUNICERING_SVARSFRIST"));
        assertThat(answers.counts()).extracting(FristList.KindCount::kind).contains("OVERKLAGANDETID");

        int logged = auditedListings(FORSTE);
        assertThatThrownBy(() -> org.as(FORSTE, () -> fristbevakning.list("LAGA_KRAFT_ELLER_NAGOT")))
                .isInstanceOf(UnknownFristKindException.class).hasMessageContaining("Okänd typ av frist");
        assertThat(auditedListings(FORSTE)).isEqualTo(logged);
    }

    @Test
    void eachListingIsOneAuditEntryWithTheNumberOfCases() {
        waitingForAnswer();
        int before = auditedListings(CHEF);
        FristList list = org.as(CHEF, () -> fristbevakning.list(null));
        assertThat(auditedListings(CHEF)).isEqualTo(before + 1);
        long caseCount = list.frister().stream().map(Frist::caseId).distinct().count();
        assertThat(jdbc.queryForObject("select reason from audit_entry where actor = ? and resource = 'fristbevakning'"
                + " and action = 'READ' order by id desc fetch first 1 rows only", String.class, CHEF))
                .contains("enhet norr").contains(" i " + caseCount + " ärende");
    }

    @Test
    void aProtectedPersonIsMarkedAndNoAddressIsShown() {
        PersonView person = org.newProtectedPerson();
        long caseId = org.as(HANDLAGGARE, () -> intake.registerApplication(new NewApplication(person.id(), today(),
                ServiceType.HEMTJANST, "Behöver hjälp i hemmet."))).id();
        investigate(caseId);
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", refusal());
        complete(HANDLAGGARE, caseId, "Task_Kommunicera", Map.of("kommuniceratDatum", today().toString(),
                "kommunikationssatt", "BREV"));

        FristList list = org.as(HANDLAGGARE, () -> fristbevakning.list(null));
        assertThat(only(list, caseId)).singleElement().satisfies(f -> {
            assertThat(f.protectedIdentity()).isTrue();
            assertThat(f.personName()).isEqualTo(person.fullName());
        });
    }

    @Test
    void rolesWithoutThePermissionAreRefused() {
        for (String user : List.of("revisor", "admin", "utforare")) {
            assertThatThrownBy(() -> org.as(user, () -> fristbevakning.list(null)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    private int auditedListings(String actor) {
        return jdbc.queryForObject("select count(*) from audit_entry where actor = ? and resource = 'fristbevakning'"
                + " and action = 'READ'", Integer.class, actor);
    }

    private static List<Frist> only(FristList list, long caseId) {
        return list.frister().stream().filter(f -> f.caseId() == caseId).toList();
    }

    /** A case of unit syd, walked by syd's caseworker to the svarsfrist. */
    private long sydWaitingForAnswer() {
        PersonView person = org.newPerson();
        long caseId = org.as(SYD_HANDLAGGARE, () -> intake.registerApplication(new NewApplication(person.id(),
                today(), ServiceType.HEMTJANST, "Behöver hjälp i hemmet."))).id();
        complete(SYD_HANDLAGGARE, caseId, "Task_Utreda", investigation(false));
        complete(SYD_HANDLAGGARE, caseId, "Task_ForslagTillBeslut", refusal());
        complete(SYD_HANDLAGGARE, caseId, "Task_Kommunicera", Map.of("kommuniceratDatum", today().toString(),
                "kommunikationssatt", "BREV"));
        return caseId;
    }

    private List<EngineDeadlines.Expected> expectedInUnit(String unitId) {
        return new EngineDeadlines(management, taskService, repository, runtime, cases).inUnit(unitId);
    }
}
