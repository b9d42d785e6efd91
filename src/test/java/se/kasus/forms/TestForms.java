package se.kasus.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the test forms under src/test/resources/forms-test. */
final class TestForms {

    private TestForms() {
    }

    static String json(String name) {
        try (InputStream in = TestForms.class.getResourceAsStream("/forms-test/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No test form " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FormSchema schema(String name) {
        return FormSchema.parse(json(name));
    }

    /** A form with the given components, for tests about one property. */
    static FormSchema inline(String componentsJson) {
        return FormSchema.parse("{\"id\":\"test\",\"type\":\"default\",\"components\":" + componentsJson + "}");
    }
}
