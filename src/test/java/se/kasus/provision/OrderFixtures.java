package se.kasus.provision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import se.kasus.TestOrganisation;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.CaseWork;
import se.kasus.casework.NewApplication;
import se.kasus.casework.ProviderWork;
import se.kasus.casework.ServiceOrders;
import se.kasus.casework.ServiceType;
import se.kasus.engine.WorkTask;
import se.kasus.engine.Workflow;
import se.kasus.registry.PersonView;

/**
 * Orders made the only way Kasus allows: a case walked through the real process to Task_SkickaBestallning (ansökan,
 * utredning, beslut, delgivning, beställning). Time moves by the engine clock.
 */
@Component
public class OrderFixtures {

    public static final String HANDLAGGARE = "handlaggare.norr";

    private final TestOrganisation org;
    private final CaseIntake intake;
    private final CaseWork work;
    private final Workflow workflow;
    private final ManagementService management;
    private final ServiceOrders orders;
    private final ProviderWork providers;
    private final Clock clock;

    private static final Map<String, String> PROVIDER_STAFF = Map.of(TestOrganisation.HEMTJANST_NORR, "utforare.norr",
            TestOrganisation.OMSORGEN_AB, "utforare.ab");

    OrderFixtures(TestOrganisation org, CaseIntake intake, CaseWork work, Workflow workflow,
            ManagementService management, ServiceOrders orders, ProviderWork providers, Clock clock) {
        this.org = org;
        this.intake = intake;
        this.work = work;
        this.workflow = workflow;
        this.management = management;
        this.orders = orders;
        this.providers = providers;
        this.clock = clock;
    }

    /** Sets the engine's (and so the domain's) clock to a time of day, Swedish time; it keeps running from there. */
    public void setNow(LocalDate day, int hour) {
        long target = day.atTime(hour, 0).atZone(clock.getZone()).toInstant().toEpochMilli();
        ClockUtil.offset(target - System.currentTimeMillis());
    }

    public void reset() {
        ClockUtil.reset();
    }

    /** A granted insats ordered from the provider, starting on {@code start}; returns the running order. */
    public ServiceOrders.RunningOrder sentOrder(String provider, ServiceType type, LocalDate start) {
        PersonView person = org.newPerson();
        LocalDate today = LocalDate.now(clock);
        long caseId = org.as(HANDLAGGARE, () -> intake.registerApplication(new NewApplication(person.id(), today,
                type, "Behöver hjälp."))).id();
        complete(caseId, "Task_Utreda", Map.of("ansoktInsats", type.name(), "behovPersonligOmvardnad",
                "Stöd i vardagen.", "enskildesUppfattning", "Vill bo kvar hemma.", "bedomning",
                "Behovet kan inte tillgodoses på annat sätt.", "behoverKomplettering", false));
        Map<String, Object> grant = new HashMap<>(Map.of("utfall", "BIFALL", "insatstyp", type.name(),
                "startdatum", start.toString(), "uppfoljningsdatum", start.plusMonths(6).toString(),
                "motivering", "Behovet är styrkt.", "lagrum", "SoL (2025:400) 11 kap. 1 §"));
        grant.put("omfattningTimmar", type == ServiceType.HEMTJANST ? 20 : 1);
        complete(caseId, "Task_ForslagTillBeslut", grant);
        complete(caseId, "Task_FattaBeslut", Map.of("beslut", "GODKANN"));
        executeDueJobs();
        complete(caseId, "Task_RegistreraDelgivning", Map.of("delgivningsdatum", today.toString(),
                "delgivningssatt", "BREV"));
        complete(caseId, "Task_SkickaBestallning", Map.of("utforare", provider, "onskadStart", start.toString(),
                "uppdrag", "Enligt beslut."));
        accept(provider, caseId, start);
        return orders.runningForProvider(provider, YearMonth.from(start)).stream()
                .filter(o -> o.caseId() == caseId).findFirst().orElseThrow();
    }

    /** The provider's own staff accept the order in their inbox: only an accepted order runs. */
    private void accept(String provider, long caseId, LocalDate start) {
        String staff = PROVIDER_STAFF.get(provider);
        org.as(staff, () -> {
            long orderId = providers.inbox().stream().filter(line -> line.order().caseId() == caseId)
                    .findFirst().orElseThrow().order().id();
            return providers.answer(orderId, Map.of("svar", "ACCEPTERA", "planeradStart", start.toString()));
        });
    }

    private void complete(long caseId, String taskKey, Map<String, Object> values) {
        List<WorkTask> open = workflow.tasksOfCase(caseId).stream().filter(t -> t.taskKey().equals(taskKey)).toList();
        if (open.size() != 1) {
            throw new IllegalStateException("expected one open " + taskKey + " in case " + caseId + ": " + open);
        }
        org.as(HANDLAGGARE, () -> work.complete(open.get(0).id(), values));
    }

    private void executeDueJobs() {
        for (int round = 0; round < 20; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }
}
