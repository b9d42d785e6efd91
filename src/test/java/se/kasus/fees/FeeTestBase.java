package se.kasus.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import se.kasus.TestOrganisation;
import se.kasus.audit.AuditEntryView;
import se.kasus.audit.AuditLog;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.CaseWork;
import se.kasus.casework.NewApplication;
import se.kasus.casework.ServiceType;
import se.kasus.engine.WorkTask;
import se.kasus.engine.Workflow;
import se.kasus.registry.PersonView;

/**
 * Clients with real decided insatser: each case is walked through the real aldreomsorg process (utredning, förslag,
 * beslut) in the real engine, so the fee module reads decisions that only a decision step can write.
 */
@SpringBootTest(properties = "kasus.avgifter.municipal.avgiftsgrund=BESLUTAD_TID")
@org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class FeeTestBase { // these tests cover the decided basis; FeePerformedTimeTest covers UTFORD_TID

    static final String HANDLAGGARE = "handlaggare.norr";
    static final String CHEF = "chef.norr";

    @Autowired TestOrganisation org;
    @Autowired CaseIntake intake;
    @Autowired CaseWork work;
    @Autowired Workflow workflow;
    @Autowired FeeService fees;
    @Autowired FeeRunService feeRuns;
    @Autowired AuditLog auditLog;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void setUpOrganisation() {
        org.ensure();
    }

    /** A client of unit norr with a decided grant of hemtjänst, {@code hours} a month from {@code from}. */
    PersonView clientWithHemtjanst(int hours, LocalDate from) {
        PersonView person = clientWithOpenCase();
        long caseId = caseOf(person);
        complete(caseId, "Task_Utreda", Map.of("ansoktInsats", "HEMTJANST",
                "behovPersonligOmvardnad", "Stöd vid dusch.", "enskildesUppfattning", "Vill bo kvar hemma.",
                "bedomning", "Behovet kan inte tillgodoses på annat sätt.", "behoverKomplettering", false));
        complete(caseId, "Task_ForslagTillBeslut", new HashMap<>(Map.of("utfall", "BIFALL", "insatstyp",
                "HEMTJANST", "omfattningTimmar", hours, "startdatum", from.toString(), "uppfoljningsdatum",
                from.plusMonths(6).toString(), "motivering", "Behovet är styrkt.", "lagrum",
                "SoL (2025:400) 11 kap. 1 §")));
        complete(caseId, "Task_FattaBeslut", Map.of("beslut", "GODKANN"));
        return person;
    }

    /** A client of unit norr whose case is still being investigated: nothing decided to charge for. */
    PersonView clientWithOpenCase() {
        PersonView person = org.newPerson();
        org.as(HANDLAGGARE, () -> intake.registerApplication(new NewApplication(person.id(), LocalDate.now(),
                ServiceType.HEMTJANST, "Behöver hjälp i hemmet.")));
        return person;
    }

    private long caseOf(PersonView person) {
        return jdbc.queryForObject("select id from kasus_case where person_id = ?", Long.class, person.id());
    }

    private void complete(long caseId, String taskKey, Map<String, Object> values) {
        List<WorkTask> open = workflow.tasksOfCase(caseId).stream().filter(t -> t.taskKey().equals(taskKey)).toList();
        String taskId = open.get(0).id();
        org.as(HANDLAGGARE, () -> work.complete(taskId, values));
    }

    FeeBasisView single(PersonView person, YearMonth from, String pension, String housing) {
        return register(person, new NewFeeBasis(from, Household.ENSAMSTAENDE, kr(pension), kr("0"), kr("0"), null,
                kr(housing), null, null));
    }

    FeeBasisView couple(PersonView person, YearMonth from, String own, String spouse, String housing) {
        return register(person, new NewFeeBasis(from, Household.SAMMANBOENDE, kr(own), kr("0"), kr("0"), kr(spouse),
                kr(housing), null, null));
    }

    FeeBasisView register(PersonView person, NewFeeBasis input) {
        return org.as(HANDLAGGARE, () -> fees.registerBasis(person.id(), input));
    }

    int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    List<AuditEntryView> auditOf(PersonView person) {
        return auditLog.forPerson(person.id(), 200);
    }

    static BigDecimal kr(String amount) {
        return new BigDecimal(amount).setScale(2);
    }
}
