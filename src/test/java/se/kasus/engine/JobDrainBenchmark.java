package se.kasus.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.kasus.KasusApplication;

/**
 * How fast the job executor drains a backlog of due jobs on PostgreSQL: the job executor's settings measured (issue
 * #7). {@code fill N}: Kasus with its job executor off deploys a process of two asynchronous no-op steps and starts N
 * instances (N due jobs, N more as the first ones run). {@code drain}: Kasus with its job executor on and the settings
 * under test ({@code -Dcamunda.bpm.job-execution.*}), timed from ready until no job is left; prints
 * {@code jobs-run seconds jobs-per-second}. Run by {@code bench/job-drain.sh}, never by surefire.
 */
public final class JobDrainBenchmark {

    private static final String PROCESS = "bench_jobs";

    private JobDrainBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        String url = System.getProperty("kasus.bench.db", "jdbc:postgresql://127.0.0.1:5432/kasus_job_drain");
        boolean fill = args[0].equals("fill");
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--server.port=0",
                "--logging.level.root=WARN", "--camunda.bpm.job-execution.enabled=" + !fill));
        try (ConfigurableApplicationContext kasus = new SpringApplicationBuilder(KasusApplication.class)
                .profiles("postgres").run(arguments.toArray(String[]::new))) {
            if (fill) {
                fill(kasus, Integer.parseInt(args[1]));
            } else {
                drain(kasus.getBean(ManagementService.class), Integer.parseInt(args[1]));
            }
        }
    }

    private static void fill(ConfigurableApplicationContext kasus, int instances) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).name("Benchmark: två asynkrona steg")
                .camundaHistoryTimeToLive(1).startEvent().serviceTask("Steg1").camundaAsyncBefore()
                .camundaExpression("${true}").serviceTask("Steg2").camundaAsyncBefore().camundaExpression("${true}")
                .endEvent().done();
        kasus.getBean(RepositoryService.class).createDeployment().name("bench-jobs").enableDuplicateFiltering(true)
                .addModelInstance(PROCESS + ".bpmn", model).deploy();
        RuntimeService runtime = kasus.getBean(RuntimeService.class);
        for (int i = 0; i < instances; i++) {
            runtime.startProcessInstanceByKey(PROCESS);
        }
    }

    /** Every instance runs two jobs: done when none of the benchmark's is left (the engine's own, e.g. cleanup, stay). */
    private static void drain(ManagementService management, int instances) throws InterruptedException {
        long start = System.nanoTime();
        while (management.createJobQuery().processDefinitionKey(PROCESS).count() > 0) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "DRAINED %d %.2f %.1f%n", 2L * instances, seconds,
                2 * instances / seconds);
    }
}
