package se.kasus.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kasus.KasusApplication;

/** The generator as the command an operator runs: its own database, its exit codes, its report. */
class GenerateCommandTest {

    @Test
    void generatesATinyMunicipalityOnH2AndExitsWithZero(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path users = dir.resolve("users.txt");
        int exit = GenerateCommand.run(KasusApplication.class, new String[] {"--kasus.generate=true",
            "--spring.datasource.url=jdbc:h2:mem:kasus-generate-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
            "--kasus.generate.persons=50", "--kasus.generate.finished=3", "--kasus.generate.running=2",
            "--kasus.generate.audit=100", "--kasus.generate.units=1", "--kasus.generate.caseworkers=2",
            "--kasus.generate.out=" + users}, new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isZero();
        assertThat(printed).contains("H2", "rader/s", "totalt");
        assertThat(Files.readAllLines(users)).containsExactly("gen-01.handlaggare01,gen-01",
                "gen-01.handlaggare02,gen-01");
    }

    @Test
    void aNegativeCountIsRefusedInSwedishAndNothingIsGenerated() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = GenerateCommand.run(KasusApplication.class, new String[] {"--kasus.generate=true",
            "--spring.datasource.url=jdbc:h2:mem:kasus-generate-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
            "--kasus.generate.persons=-5"}, new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(printed).contains("får inte vara negativt").doesNotContain("klart: personer");
    }

    @Test
    void withoutTheFlagKasusStartsAsUsual() {
        assertThat(GenerateCommand.runIfRequested(KasusApplication.class, new String[] {"--server.port=18201"}))
                .isEmpty();
    }
}
