package se.kasus.web.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import se.kasus.OnPostgres;

/** The journal on PostgreSQL, where the database itself also refuses to change or delete a signed entry. */
@OnPostgres
class JournalOnPostgresTest extends JournalTest {

    @Test
    void theDatabaseRefusesUpdateDeleteAndTruncate_whateverPathReachesIt() throws Exception {
        write(NORR, "Skrivet en gång.");

        assertThatThrownBy(() -> jdbc.update("UPDATE journal_entry SET entry_text = 'Ändrat' WHERE case_id = ?", caseId))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM journal_entry WHERE case_id = ?", caseId))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE journal_entry CASCADE")).hasMessageContaining("append-only");
    }
}
