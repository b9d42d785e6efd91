package se.kasus.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's bulk-load rule: building an index once over the loaded rows is several times cheaper than keeping
 * forty of them up to date row by row. The engine's history tables carry about ten indexes each; they are dropped
 * before the copies are loaded and built again afterwards, exactly as they were (their definitions are read from
 * pg_indexes). Primary keys stay, so a duplicate id still fails the load.
 */
final class PostgresIndexes {

    private final JdbcTemplate jdbc;
    private final List<String> definitions = new ArrayList<>();

    PostgresIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Drops the secondary indexes of the tables and remembers how to build them again. */
    void drop(List<String> tables, Progress progress) {
        for (String table : tables) {
            List<String[]> indexes = jdbc.query("select i.indexname, i.indexdef from pg_indexes i"
                    + " where i.schemaname = current_schema() and i.tablename = ? and not exists (select 1 from"
                    + " pg_constraint c where c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))"
                    + "::regclass)", (rs, n) -> new String[] {rs.getString(1), rs.getString(2)},
                    table.toLowerCase(Locale.ROOT));
            for (String[] index : indexes) {
                // printed first: should the generator die before rebuilding, this is how to put them back
                progress.print("tar bort index tills vidare: " + index[1] + ";");
                definitions.add(index[1]);
                jdbc.execute("drop index " + index[0]);
            }
        }
    }

    /** Builds the dropped indexes again. */
    void rebuild(Progress progress) {
        for (String definition : definitions) {
            jdbc.execute(definition);
        }
        progress.print("byggde om " + definitions.size() + " index");
        definitions.clear();
    }
}
