package se.kasus.letters;

import java.util.List;

/**
 * A report as a table: a title, facts about what it covers, a status that must not be missed, and rows. Used for
 * extracts of the audit log; the caller has already formatted every value as the reader should see it.
 *
 * @param title    the heading, also the document's title in its metadata, so it must hold no personal data
 * @param subtitle a line under the heading, may hold personal data (it is not in the metadata)
 * @param facts    label and value pairs: whom it covers, the period, who made it and when
 * @param status   shown in a box above the table, red when not {@link Status#ok()}
 * @param emptyText shown instead of the table when there are no rows
 * @param footer   on every page with the page number, e.g. a sekretess note
 */
public record Report(String title, String subtitle, List<Fact> facts, Status status, List<Column> columns,
        List<Row> rows, String emptyText, String footer) {

    public Report {
        facts = List.copyOf(facts);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.cells().size() + " cells, the report "
                        + columns.size() + " columns");
            }
        }
    }

    public record Fact(String label, String value) {
    }

    /** @param heading one short sentence in bold, e.g. "Loggkedjan är bruten." */
    public record Status(boolean ok, String heading, String text) {
    }

    /** @param width relative to the other columns */
    public record Column(String heading, float width) {
    }

    /** @param emphasised set in bold, e.g. a refused access */
    public record Row(List<String> cells, boolean emphasised) {

        public Row {
            cells = cells.stream().map(c -> c == null ? "" : c).toList();
        }
    }
}
