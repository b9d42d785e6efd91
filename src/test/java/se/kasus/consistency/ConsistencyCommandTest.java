package se.kasus.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kasus.KasusApplication;

/** The command exits 0 on a consistent database and 1, naming the case, when a case has no process. */
class ConsistencyCommandTest {

    @TempDir
    Path dir;

    @Test
    void exitsZeroWhenConsistentAndOneWithTheMismatch() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("kasus") + ";DB_CLOSE_ON_EXIT=FALSE";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(run(url, out)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("0 avvikelser");

        long caseId;
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement sql = connection.createStatement()) {
            sql.execute("insert into kasus_unit (id, name) values ('u', 'Enhet')");
            sql.execute("insert into person (personnummer, first_name, last_name) values ('19450101-1234', 'A', 'B')");
            sql.execute("""
                    insert into kasus_case (person_id, unit_id, case_type, status, process_key, received_date,
                        requested_service, responsible, opened_at)
                    select id, 'u', 'SOL_ALDRE_BISTAND', 'OPEN', 'aldreomsorg-bistand', current_date, 'HEMTJANST',
                        'ingen', current_timestamp from person""");
            var row = sql.executeQuery("select max(id) from kasus_case");
            row.next();
            caseId = row.getLong(1);
            sql.execute("SHUTDOWN");
        }
        out.reset();
        assertThat(run(url, out)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 avvikelser")
                .contains("Öppet ärende utan exakt en pågående process: ärende " + caseId);
    }

    private static int run(String url, ByteArrayOutputStream out) {
        return ConsistencyCommand.run(KasusApplication.class, new String[] { "--spring.datasource.url=" + url,
                "--kasus.consistency.check=true", "--spring.main.register-shutdown-hook=false" },
                new PrintStream(out, true, StandardCharsets.UTF_8));
    }
}
