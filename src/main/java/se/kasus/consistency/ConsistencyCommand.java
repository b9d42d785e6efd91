package se.kasus.consistency;

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
 * The consistency check as a command, for an operator after a node died or before an upgrade:
 *
 * <pre>
 * java -jar target/kasus-*.jar --spring.profiles.active=postgres --kasus.consistency.check=true
 * </pre>
 *
 * <p>Kasus starts without its web server and without a job executor on the configured database (the one the nodes
 * use; it may run meanwhile), deploys nothing, prints the report and exits with 0 when the records and the engine
 * agree and 1 when they do not.
 */
public final class ConsistencyCommand {

    public static final String PROPERTY = "kasus.consistency.check";
    private static final String ARGUMENT = "--" + PROPERTY + "=";

    /** Kasus as a command on the real database: read only in spirit, so no jobs, no deployment, no demo data. */
    private static final List<String> COMMAND_SETTINGS = List.of(
            "--spring.autoconfigure.exclude="
                    + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
            "--camunda.bpm.job-execution.enabled=false",
            "--kasus.models.deploy-at-start=false",
            "--kasus.demo-data=false",
            "--logging.level.root=WARN",
            "--logging.level.org.camunda.bpm.engine.context=ERROR");

    private ConsistencyCommand() {
    }

    /** The exit code when the arguments ask for the check; empty when Kasus should start as usual. */
    public static OptionalInt runIfRequested(Class<?> application, String[] args) {
        boolean requested = Arrays.stream(args).anyMatch(a -> a.equalsIgnoreCase(ARGUMENT + "true"));
        return requested ? OptionalInt.of(run(application, args, System.out)) : OptionalInt.empty();
    }

    static int run(Class<?> application, String[] args, PrintStream out) {
        List<String> arguments = new ArrayList<>(COMMAND_SETTINGS);
        arguments.addAll(Arrays.asList(args));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run(arguments.toArray(String[]::new))) {
            ConsistencyReport report = context.getBean(ConsistencyCheck.class).check();
            out.print(report.asText());
            return report.consistent() ? 0 : 1;
        }
    }
}
