package se.kasus.provision;

import java.util.List;

/** An import with at least one bad row: nothing of the file was written; the report lists every bad row. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportReport.RowError> errors;

    ImportRejectedException(List<ImportReport.RowError> errors) {
        super("Importen avvisades: " + errors.size() + (errors.size() == 1 ? " fel" : " fel")
                + ". Inga rader sparades; rätta raderna och skicka hela filen igen.");
        this.errors = List.copyOf(errors);
    }

    public List<ImportReport.RowError> errors() {
        return errors;
    }
}
