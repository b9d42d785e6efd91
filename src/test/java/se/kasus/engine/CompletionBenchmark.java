package se.kasus.engine;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.kasus.KasusApplication;
import se.kasus.TestOrganisation;
import se.kasus.TestPersonnummer;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.CaseWork;
import se.kasus.casework.NewApplication;
import se.kasus.casework.ServiceType;
import se.kasus.registry.NewPerson;
import se.kasus.registry.PersonService;

/**
 * Task completion through Kasus against a bare Camunda completion, same engine, same PostgreSQL database, same number
 * of threads (issue #7). Run by {@code bench/completion-benchmark.sh}, never by surefire (the class name ends in
 * Benchmark).
 *
 * <ul>
 * <li>{@link #kasus}: {@link CaseWork#complete} of "Utreda behov" as the unit's handläggare: the access check, the form
 * validated against the task's Camunda Form, the investigation written, the audit entries and the engine's move to
 * "Förslag till beslut", in one transaction.</li>
 * <li>{@link #bare}: {@code TaskService.complete} of the only user task of a one-task process deployed for the
 * benchmark; only Kasus's completion guard is opened for it, which is a thread-local flag.</li>
 * </ul>
 *
 * Single-shot batches: before each iteration every thread gets its batch of open tasks ready (cases registered through
 * Kasus, or bare instances started), so only the completions are timed and no case is registered while others are
 * being completed. The score is the time of one thread's batch; time per completion is score / batch size.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CompletionBenchmark {

    static final String BARE_PROCESS = "bench_bare";
    static final String CASEWORKER = "handlaggare.norr";
    static final Map<String, Object> UTREDNING = Map.of("ansoktInsats", "HEMTJANST",
            "behovPersonligOmvardnad", "Behöver hjälp med dusch.", "enskildesUppfattning", "Vill bo kvar hemma med stöd.",
            "bedomning", "Behovet kan tillgodoses genom hemtjänst.", "behoverKomplettering", false);

    /** One Kasus (Spring context, engine, connection pool) per fork, on the database the script names. */
    @State(Scope.Benchmark)
    public static class Kasus {
        ConfigurableApplicationContext context;
        CaseWork work;
        CaseIntake intake;
        Workflow workflow;
        PersonService persons;
        TaskService tasks;
        RuntimeService runtime;
        UserDetails caseworker;
        final AtomicInteger nextPerson = new AtomicInteger();

        @Setup(Level.Trial)
        public void start() {
            String url = System.getProperty("kasus.bench.db", "jdbc:postgresql://127.0.0.1:5432/kasus_bench_jmh");
            // command-line arguments, so that they win over application-postgres.yml
            context = new SpringApplicationBuilder(KasusApplication.class).profiles("postgres")
                    .run("--spring.datasource.url=" + url, "--server.port=0",
                            "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=WARN");
            work = context.getBean(CaseWork.class);
            intake = context.getBean(CaseIntake.class);
            workflow = context.getBean(Workflow.class);
            persons = context.getBean(PersonService.class);
            tasks = context.getBean(TaskService.class);
            runtime = context.getBean(RuntimeService.class);
            context.getBean(TestOrganisation.class).ensure();
            caseworker = context.getBean(UserDetailsService.class).loadUserByUsername(CASEWORKER);
            // persons of earlier forks on the same database keep their personnummer: continue after them
            Integer existing = context.getBean(JdbcTemplate.class).queryForObject("select count(*) from person",
                    Integer.class);
            nextPerson.set(existing == null ? 0 : existing);
            deployBareProcess(context.getBean(RepositoryService.class));
        }

        private static void deployBareProcess(RepositoryService repository) {
            BpmnModelInstance model = Bpmn.createExecutableProcess(BARE_PROCESS).name("Benchmark: en användaruppgift")
                    .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Bare").name("Uppgift")
                    .camundaCandidateGroups("norr.handlaggare").endEvent().done();
            repository.createDeployment().name("bench-bare").enableDuplicateFiltering(true)
                    .addModelInstance(BARE_PROCESS + ".bpmn", model).deploy();
        }

        void logIn() {
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(caseworker, null, caseworker.getAuthorities()));
        }

        String personnummer() {
            int n = nextPerson.getAndIncrement();
            LocalDate born = LocalDate.of(1930, 1, 1).plusDays(n / 400);
            String serial = String.format("%03d", 600 + n % 400);
            String date = born.toString().replace("-", "");
            return date + "-" + serial + TestPersonnummer.luhn(date.substring(2) + serial);
        }

        @TearDown(Level.Trial)
        public void stop() {
            context.close();
        }
    }

    /** A thread's batch of "Utreda behov" tasks, each in a new case of a new person, registered through Kasus. */
    @State(Scope.Thread)
    public static class KasusTasks {
        final Deque<String> open = new ArrayDeque<>();

        @Setup(Level.Iteration)
        public void prepare(Kasus kasus) {
            kasus.logIn();
            open.clear();
            for (int i = 0; i < batch(); i++) {
                long personId = kasus.persons.create(new NewPerson(kasus.personnummer(), "Bänk", "Person" + i,
                        "Bänkgatan 1", "123 45", "Exempelstad", false)).id();
                long caseId = kasus.intake.registerApplication(new NewApplication(personId, LocalDate.now(),
                        ServiceType.HEMTJANST, "Benchmark")).id();
                open.add(kasus.workflow.tasksOfCase(caseId).get(0).id());
            }
        }
    }

    /** A thread's batch of bare instances waiting at their only user task. */
    @State(Scope.Thread)
    public static class BareTasks {
        final Deque<String> open = new ArrayDeque<>();

        @Setup(Level.Iteration)
        public void prepare(Kasus kasus) {
            open.clear();
            for (int i = 0; i < batch(); i++) {
                String instance = kasus.runtime.startProcessInstanceByKey(BARE_PROCESS).getId();
                open.add(kasus.tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
            }
        }
    }

    /** JMH's -bs (batch size) is not visible to the state, so the script passes the same number as a property. */
    static int batch() {
        return Integer.getInteger("kasus.bench.batch", 50);
    }

    @Benchmark
    public Object kasus(Kasus kasus, KasusTasks batch) {
        return kasus.work.complete(batch.open.pop(), UTREDNING);
    }

    @Benchmark
    public Object bare(Kasus kasus, BareTasks batch) {
        String taskId = batch.open.pop();
        return CompletionGuard.open(() -> {
            kasus.tasks.complete(taskId);
            return taskId;
        });
    }
}
