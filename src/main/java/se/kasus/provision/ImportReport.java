package se.kasus.provision;

import java.util.List;

/**
 * The result of an import: all rows written or none (a file with a bad row is refused whole, see
 * {@link ImportRejectedException}). Rows already imported with the same content are counted, not written again.
 */
public record ImportReport(int rows, int created, int unchanged, List<Long> visitIds) {

    /** @param row 1-based: the data row's number in the file (the CSV header is row 0), or the JSON array index + 1 */
    public record RowError(int row, String field, String message) {
    }
}
