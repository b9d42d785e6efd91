package se.kasus.generator;

import java.nio.file.Path;

import org.springframework.core.env.Environment;

/**
 * How much to generate, from {@code --kasus.generate.*}. The defaults are the large municipality.
 *
 * @param caseworkersPerUnit handläggare per unit; each unit also gets a 1:e socialsekreterare and an enhetschef
 * @param advancedShare      the share of running cases moved on from the investigation to the proposal
 * @param threads            threads for the running cases (the real services, each case its own transactions)
 */
public record GeneratorSettings(int persons, int finished, int running, int audit, int units, int caseworkersPerUnit,
        long seed, String password, Path out, double protectedShare, double advancedShare, int threads) {

    public static final String PREFIX = "kasus.generate";

    static GeneratorSettings from(Environment env) {
        return new GeneratorSettings(
                number(env, "persons", 100_000),
                number(env, "finished", 1_000_000),
                number(env, "running", 20_000),
                number(env, "audit", 1_000_000),
                Math.max(1, number(env, "units", 10)),
                Math.max(1, number(env, "caseworkers", 20)),
                env.getProperty(PREFIX + ".seed", Long.class, 42L),
                env.getProperty(PREFIX + ".password", "demo"),
                Path.of(env.getProperty(PREFIX + ".out", "target/generated-users.txt")),
                env.getProperty(PREFIX + ".protected-share", Double.class, 0.01),
                env.getProperty(PREFIX + ".advanced-share", Double.class, 0.1),
                Math.max(1, number(env, "threads", 3)));
    }

    private static int number(Environment env, String key, int fallback) {
        Integer value = env.getProperty(PREFIX + "." + key, Integer.class, fallback);
        if (value < 0) {
            throw new IllegalArgumentException("--" + PREFIX + "." + key + " får inte vara negativt: " + value);
        }
        return value;
    }
}
