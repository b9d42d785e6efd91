package se.kasus.processadmin;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The gate as a command, for a process owner's checkout or a CI job:
 *
 * <pre>
 * java -jar target/kasus-*.jar --kasus.gate.check=processes/aldreomsorg/aldreomsorg-bistand.bpmn
 * </pre>
 *
 * <p>Kasus starts without its web server on a private in-memory database, deploys the models it ships, puts the
 * given files (comma-separated) in place of theirs and runs the gate: lint, the engine's parse and the scenarios of
 * the processes the files touch. It prints the report and exits with 0 when the change passes, 1 when the gate stops
 * it and 2 when a file cannot be read. Nothing is deployed anywhere: deploying is the gate page's job.
 */
public final class GateCommand {

    public static final String PROPERTY = "kasus.gate.check";
    private static final String ARGUMENT = "--" + PROPERTY + "=";

    /** Without a web server the engine's REST API (Jersey) cannot be configured, and is not needed. */
    static final String NO_ENGINE_REST = "--spring.autoconfigure.exclude="
            + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration";

    /** Kasus as a command: a private database, no job executor, quiet logs. */
    private static final List<String> COMMAND_SETTINGS = List.of(
            NO_ENGINE_REST,
            "--spring.datasource.url=jdbc:h2:mem:kasus-grind",
            "--camunda.bpm.job-execution.enabled=false",
            "--logging.level.root=WARN",
            "--logging.level.org.camunda.bpm.engine.context=ERROR");

    private GateCommand() {
    }

    /** The exit code when the arguments ask for the gate; empty when Kasus should start as usual. */
    public static OptionalInt runIfRequested(Class<?> application, String[] args) {
        return Arrays.stream(args).filter(a -> a.startsWith(ARGUMENT)).findFirst()
                .map(a -> OptionalInt.of(run(application, a.substring(ARGUMENT.length()), args, System.out)))
                .orElse(OptionalInt.empty());
    }

    static int run(Class<?> application, String files, String[] args, PrintStream out) {
        List<ProcessGate.Upload> uploads = new ArrayList<>();
        for (String file : files.split(",")) {
            if (file.isBlank()) {
                continue;
            }
            Path path = Path.of(file.strip());
            try {
                uploads.add(new ProcessGate.Upload(path.getFileName().toString(), Files.readAllBytes(path)));
            } catch (IOException e) {
                out.println("Kan inte läsa " + path.toAbsolutePath() + ": " + e.getMessage());
                return 2;
            }
        }
        if (uploads.isEmpty()) {
            out.println("Ange filerna att pröva: " + ARGUMENT + "processes/<modul>/<process>.bpmn[,forms/...]");
            return 2;
        }
        // a setting given twice on the command line would be read as both values joined: the caller's own wins
        List<String> arguments = new ArrayList<>(COMMAND_SETTINGS.stream().filter(setting -> Arrays.stream(args)
                .noneMatch(a -> a.startsWith(setting.substring(0, setting.indexOf('=') + 1)))).toList());
        arguments.addAll(Arrays.asList(args));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run(arguments.toArray(String[]::new))) {
            GateReport report = context.getBean(ProcessGate.class).checkFiles(uploads);
            out.print(report.asText());
            return report.passed() ? 0 : 1;
        }
    }
}
