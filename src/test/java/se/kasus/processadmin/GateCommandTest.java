package se.kasus.processadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kasus.KasusApplication;

/** The gate as a command: Kasus without its web server, on a database of its own, exiting with the verdict. */
class GateCommandTest {

    @TempDir Path dir;

    @Test
    void aTaskWithoutAFormExitsWithOneAndNamesTheTask() throws IOException {
        Path changed = dir.resolve("aldreomsorg-bistand.bpmn");
        Files.writeString(changed, ModelLintTest.TODAY.text(ModelLintTest.BISTAND).replace(
                " camunda:formRef=\"aldreomsorg-utredning\" camunda:formRefBinding=\"deployment\"", ""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = GateCommand.run(KasusApplication.class, changed.toString(), new String[0], print(out));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Ändrad fil: processes/aldreomsorg/aldreomsorg-bistand.bpmn")
                .contains("REGELBROTT: processes/aldreomsorg/aldreomsorg-bistand.bpmn [Task_Utreda]: "
                        + "Användaruppgiften saknar formulär")
                .contains("Grinden stoppade ändringen.");
    }

    @Test
    void aModelThatPassesExitsWithZeroAfterItsScenarios() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = GateCommand.run(KasusApplication.class, "processes/gemensam/gemensam-uppfoljning.bpmn",
                new String[0], print(out));

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("GODKÄNT: Bifall")
                .contains("GODKÄNT: Uppföljning leder till ny utredning").doesNotContain("UNDERKÄNT")
                .contains("Grinden godkände ändringen.");
        assertThat(exit).isZero();
    }

    @Test
    void aMissingFileExitsWithTwoAndOrdinaryArgumentsStartKasusAsUsual() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(GateCommand.run(KasusApplication.class, "finns-inte.bpmn", new String[0], print(out)))
                .isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Kan inte läsa ");
        assertThat(GateCommand.runIfRequested(KasusApplication.class, new String[] { "--server.port=8102" }))
                .isEmpty();
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
