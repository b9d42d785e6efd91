package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.kasus.TestOrganisation;
import se.kasus.frister.Frist;
import se.kasus.frister.FristList;
import se.kasus.frister.Fristbevakning;
import se.kasus.registry.PersonService;

/**
 * The deadline view over barn och unga and LVU: förhandsbedömning, utredning, underställning, ansökan and the 13 §
 * reconsideration, compared with what the engine itself holds, before and after the clock runs past some of them.
 */
class FristbevakningBarnTest extends ProcessTestBase {

    private static final String NAMND = "namnd.norr";
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Autowired Fristbevakning fristbevakning;
    @Autowired ChildReports reports;
    @Autowired PersonService persons;
    @Autowired LvuLegalFailureRepository failures;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repository;

    @Test
    void everyChildWelfareDeadlineMatchesTheEngine_oneRowPerDeadline() {
        setToday(MONDAY);
        long preliminary = reported(false);                      // förhandsbedömning, last day 16 March
        long investigation = investigated();                     // utredning, last day 2 July
        long urgent = reported(true);                            // förhandsbedömning and the 6 § decision
        complete(NAMND, urgent, "Task_BeslutaOmedelbartOmhandertagande", emergency());  // underställning 9 March
        long applying = reported(true);
        complete(NAMND, applying, "Task_BeslutaOmedelbartOmhandertagande", emergency());
        submitAndUphold(applying);                               // ansökan, last day 30 March
        long inCare = placedUnderLvu();                          // 13 §, last day 2 September

        assertMatchesEngine();
        List<Frist> rows = view();
        assertThat(rows).filteredOn(f -> f.caseId() == urgent).extracting(Frist::kind)
                .containsExactlyInAnyOrder("LVU_UNDERSTALLAN", "FORHANDSBEDOMNING");
        assertThat(rows).filteredOn(f -> f.caseId() == urgent && f.kind().equals("LVU_UNDERSTALLAN")).singleElement()
                .satisfies(f -> {
                    assertThat(f.lastDay()).isEqualTo(LocalDate.of(2026, 3, 9));
                    assertThat(f.taskId()).as("the task row, which names the responsible, is kept").isNotNull();
                });
        assertThat(rows).filteredOn(f -> f.caseId() == applying && f.kind().equals("LVU_ANSOKAN"))
                .extracting(Frist::lastDay).containsExactly(LocalDate.of(2026, 3, 30));
        assertThat(rows).filteredOn(f -> f.caseId() == investigation).extracting(Frist::kind, Frist::lastDay)
                .containsExactly(tuple("BARNUTREDNING", LocalDate.of(2026, 7, 2)));
        assertThat(rows).filteredOn(f -> f.caseId() == inCare).extracting(Frist::kind, Frist::lastDay, Frist::daysLeft)
                .as("the law's last day, not the day the preparation task appears")
                .containsExactly(tuple("LVU_OMPROVNING", LocalDate.of(2026, 9, 2), 184L));
        assertThat(rows).filteredOn(f -> f.caseId() == preliminary).extracting(Frist::kind, Frist::daysLeft)
                .containsExactly(tuple("FORHANDSBEDOMNING", 14L));

        // Ten days on: the underställning is overdue and shown first until its timer has fired.
        moveClock(Duration.ofDays(10));
        assertMatchesEngine();
        assertThat(view().get(0)).satisfies(f -> {
            assertThat(f.caseId()).isEqualTo(urgent);
            assertThat(f.kind()).isEqualTo("LVU_UNDERSTALLAN");
            assertThat(f.overdue()).isTrue();
        });
        executeDueJobs();
        assertMatchesEngine();
        assertThat(view()).filteredOn(f -> f.caseId() == urgent).extracting(Frist::kind)
                .containsExactly("FORHANDSBEDOMNING");
    }

    @Test
    void aLate13ParagraphReconsideration_isALegalFailure_andStaysOverdueUntilMade() {
        setToday(MONDAY);
        long caseId = placedUnderLvu();
        setToday(LocalDate.of(2026, 9, 3));                      // the day after the 13 § last day
        executeDueJobs();

        assertThat(failures.findAll()).filteredOn(f -> f.caseId() == caseId).singleElement()
                .satisfies(f -> assertThat(f.deadlineKey()).isEqualTo(Deadlines.LVU_OMPROVNING));
        assertThat(task(caseId, "Task_HanteraForsenadOmprovning").candidateGroups()).containsExactly("norr.enhetschef");
        assertThat(view()).filteredOn(f -> f.caseId() == caseId).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("LVU_OMPROVNING");
            assertThat(f.overdue()).isTrue();
            assertThat(f.daysLeft()).isEqualTo(-1);
        });
        assertMatchesEngine();

        complete(NAMND, caseId, "Task_Omprovning13", Map.of("resultat", "FORTSATT_VARD",
                "motivering", "Behovet av vård kvarstår.", "beslutsdatum", today().toString()));
        complete(CHEF, caseId, "Task_HanteraForsenadOmprovning", Map.of("atgarder",
                "Övervägandet är gjort; bevakning av 13 § läggs in i nämndens planering."));
        assertThat(view()).filteredOn(f -> f.caseId() == caseId).extracting(Frist::kind, Frist::lastDay)
                .containsExactly(tuple("LVU_OMPROVNING", LocalDate.of(2027, 3, 3)));
        assertThat(failures.findAll()).filteredOn(f -> f.caseId() == caseId).singleElement()
                .satisfies(f -> assertThat(f.toView(0).handledBy()).isEqualTo(CHEF));
    }

    private void assertMatchesEngine() {
        List<EngineDeadlines.Expected> expected = new EngineDeadlines(management, taskService, repository, runtime,
                cases).inUnit(TestOrganisation.NORR);
        assertThat(view()).extracting(Frist::kind, Frist::caseId, Frist::due)
                .containsExactlyElementsOf(expected.stream().map(e -> tuple(e.kind(), e.caseId(), e.due())).toList());
    }

    private List<Frist> view() {
        FristList list = org.as(FORSTE, () -> fristbevakning.list(null));
        return list.frister();
    }

    private long reported(boolean danger) {
        long child = BarnTestSupport.newPerson(persons, today().minusYears(8)).id();
        long caseId = org.as(HANDLAGGARE, () -> reports.register(BarnTestSupport.report(clock.instant(),
                List.of(child)))).get(0).id();
        complete(HANDLAGGARE, caseId, "Task_Skyddsbedomning", BarnTestSupport.protection(danger));
        return caseId;
    }

    private long investigated() {
        long caseId = reported(false);
        complete(HANDLAGGARE, caseId, "Task_Forhandsbedomning", BarnTestSupport.preliminary(true));
        return caseId;
    }

    /** From the child's investigation to LVU care: ansökan, the court's judgment and a placement today. */
    private long placedUnderLvu() {
        long caseId = investigated();
        complete(HANDLAGGARE, caseId, "Task_UtredaBarn", BarnTestSupport.bbic());
        complete(HANDLAGGARE, caseId, "Task_BarnForslag", Map.of("barnUtfall", "LVU",
                "motivering", "Vårdnadshavarna samtycker inte till placering."));
        complete(HANDLAGGARE, caseId, "Task_AnsokanOmVard", Map.of("grund", "PAR_2",
                "skal", "Bristande omsorg i hemmet.", "ansokanDatum", today().toString()));
        complete(HANDLAGGARE, caseId, "Task_RegistreraDomOmVard", Map.of("domsdatum", today().toString(),
                "malnummer", "2345-26", "domUtfall", "BIFALL"));
        complete(HANDLAGGARE, caseId, "Task_Placering", Map.of("placeringsform", "FAMILJEHEM",
                "placeringsdatum", today().toString()));
        return caseId;
    }

    private Map<String, Object> emergency() {
        return Map.of("grund", "PAR_2", "skal", "Barnet är utsatt för våld i hemmet; rättens beslut kan inte avvaktas.",
                "beslutsdatum", today().toString(), "klockslag", "09:30");
    }

    private void submitAndUphold(long caseId) {
        complete(HANDLAGGARE, caseId, "Task_UnderstallaForvaltningsratten", Map.of("understalltDatum",
                today().toString()));
        complete(HANDLAGGARE, caseId, "Task_RegistreraRattensBeslut", Map.of("rattensBeslutsdatum",
                today().toString(), "malnummer", "1234-26", "rattensBeslut", "FASTSTALLT"));
    }
}
