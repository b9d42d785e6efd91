package se.kasus.generator;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The generator as a command:
 *
 * <pre>
 * java -jar target/kasus-0.1.0-SNAPSHOT.jar --kasus.generate=true --spring.profiles.active=postgres \
 *     [--kasus.generate.persons=100000 --kasus.generate.finished=1000000 --kasus.generate.running=20000
 *      --kasus.generate.audit=1000000 --kasus.generate.units=10 --kasus.generate.seed=42]
 * </pre>
 *
 * <p>Kasus starts without its web server and without the job executor (the generator runs the jobs it needs itself,
 * and no timer may fire while it works), on the database the usual flags name, fills it and exits: 0 when done, 1
 * when a phase failed. The database must be new: the generator refuses one that already has its units.
 */
public final class GenerateCommand {

    private static final String ARGUMENT = "--" + GeneratorSettings.PREFIX + "=true";

    /** Without a web server the engine's REST API (Jersey) cannot be configured, and is not needed. */
    private static final List<String> COMMAND_SETTINGS = List.of(
            "--spring.autoconfigure.exclude="
                    + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
            "--camunda.bpm.job-execution.enabled=false",
            "--kasus.demo-data=false",
            "--logging.level.root=WARN",
            "--logging.level.org.camunda.bpm.engine.context=ERROR");

    private GenerateCommand() {
    }

    /** The exit code when the arguments ask for the generator; empty when Kasus should start as usual. */
    public static OptionalInt runIfRequested(Class<?> application, String[] args) {
        if (Arrays.stream(args).noneMatch(ARGUMENT::equals)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(run(application, args, System.out));
    }

    static int run(Class<?> application, String[] args, PrintStream out) {
        List<String> arguments = new ArrayList<>(COMMAND_SETTINGS.stream().filter(setting -> Arrays.stream(args)
                .noneMatch(a -> a.startsWith(setting.substring(0, setting.indexOf('=') + 1)))).toList());
        if (Arrays.stream(args).anyMatch(a -> a.contains("postgres"))) {
            // one round trip per batch of inserts instead of one per row (the audit log's batched append)
            arguments.add("--spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true");
        }
        arguments.addAll(Arrays.asList(args));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run(arguments.toArray(String[]::new))) {
            GeneratorSettings settings = GeneratorSettings.from(context.getEnvironment());
            context.getBean(DataGenerator.class).generate(settings, out);
            return 0;
        } catch (RuntimeException e) {
            out.println("[generator] avbrutet: " + e.getMessage());
            e.printStackTrace(out);
            return 1;
        }
    }
}
