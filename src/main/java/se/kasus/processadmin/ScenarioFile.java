package se.kasus.processadmin;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import se.kasus.access.Role;

/** A {@code *.scenarios.yml} file: a list of {@link Scenario}s under {@code scenarios:}. */
record ScenarioFile(List<Scenario> scenarios) {

    /** The roles a scenario may act as: those who work cases, and the utförare who answers an order. */
    static final Set<Role> STAFF = Set.of(Role.HANDLAGGARE, Role.FORSTE_SOCIALSEKRETERARE, Role.ENHETSCHEF,
            Role.NAMND, Role.UTFORARE);

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    ScenarioFile {
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }

    /**
     * Reads and checks a file.
     *
     * @throws IllegalArgumentException with a Swedish message saying what is wrong
     */
    static ScenarioFile parse(String yaml) {
        Object tree;
        try {
            tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("Filen är inte giltig YAML: " + firstLine(e.getMessage()));
        }
        if (!(tree instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("Filen ska börja med 'scenarios:' och en lista av scenarier.");
        }
        ScenarioFile file;
        try {
            file = JSON.convertValue(datesAsText(tree), ScenarioFile.class);
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
                throw new IllegalArgumentException("Okänt fält '" + unknown.getPropertyName() + "' i scenariofilen.");
            }
            throw new IllegalArgumentException("Scenariofilen kan inte läsas: " + firstLine(e.getMessage()));
        }
        file.check();
        return file;
    }

    private void check() {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("Filen innehåller inga scenarier.");
        }
        Set<String> names = new HashSet<>();
        for (Scenario scenario : scenarios) {
            if (scenario.name() == null || scenario.name().isBlank()) {
                throw new IllegalArgumentException("Ett scenario saknar namn (name).");
            }
            String where = "Scenariot '" + scenario.name() + "'";
            if (!names.add(scenario.name())) {
                throw new IllegalArgumentException(where + " finns två gånger.");
            }
            if (scenario.processes().isEmpty()) {
                throw new IllegalArgumentException(where + " anger inte vilka processer det prövar (processes).");
            }
            if (scenario.steps().isEmpty()) {
                throw new IllegalArgumentException(where + " har inga steg (steps).");
            }
            if (scenario.application() != null && scenario.application().service() != null
                    && serviceTypes().stream().noneMatch(scenario.application().service()::equals)) {
                throw new IllegalArgumentException(where + ": okänd insats '" + scenario.application().service()
                        + "' i ansökan; välj en av " + serviceTypes() + ".");
            }
            for (int i = 0; i < scenario.steps().size(); i++) {
                checkStep(where + " steg " + (i + 1), scenario.steps().get(i));
            }
        }
    }

    private static void checkStep(String where, Scenario.Step step) {
        int kinds = (step.task() == null ? 0 : 1) + (step.timer() == null ? 0 : 1) + (step.appeal() == null ? 0 : 1)
                + (step.at() == null ? 0 : 1) + (step.ended() == null ? 0 : 1);
        if (kinds != 1) {
            throw new IllegalArgumentException(where + " ska ha precis ett av task, timer, appeal, at och ended.");
        }
        if (step.task() == null && (step.as() != null || !step.values().isEmpty())) {
            throw new IllegalArgumentException(where + ": 'as' och 'values' hör bara till ett task-steg.");
        }
        if (step.as() != null && role(step.as()).isEmpty()) {
            throw new IllegalArgumentException(where + ": okänd roll '" + step.as() + "'; välj en av "
                    + STAFF.stream().map(Role::groupId).sorted().toList() + ".");
        }
    }

    static Optional<Role> role(String groupId) {
        return Role.fromGroupId(groupId == null ? Role.HANDLAGGARE.groupId() : groupId).filter(STAFF::contains);
    }

    private static List<String> serviceTypes() {
        return se.kasus.casework.ServiceType.of(se.kasus.casework.CaseType.SOL_ALDRE_BISTAND).stream().map(Enum::name)
                .toList();
    }

    /** YAML reads an unquoted 2026-03-07 as a timestamp; a form wants the ISO date it was written as. */
    private static Object datesAsText(Object node) {
        if (node instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, datesAsText(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(datesAsText(v)));
            return copy;
        }
        return node;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "okänt fel";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
