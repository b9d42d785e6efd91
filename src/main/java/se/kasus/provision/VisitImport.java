package se.kasus.provision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.casework.ServiceOrders;

/**
 * Import of visits from an external time-measurement system (CSV or JSON). All or nothing: every row is checked
 * first, and one bad row refuses the whole file with a report of every bad row (row, field, Swedish message), so a
 * file is never half imported and the provider resends the corrected file as it is. Idempotent: a row whose external
 * id the provider already imported with the same content is counted as unchanged, not written again.
 */
@Service
public class VisitImport {

    static final int MAX_ROWS = 5000;

    private final ProviderAccess providerAccess;
    private final ServiceOrders orders;
    private final VisitRules rules;
    private final Periods periods;
    private final VisitRepository visits;
    private final TimeReporting reporting;
    private final ErsattningRules config;

    VisitImport(ProviderAccess providerAccess, ServiceOrders orders, VisitRules rules, Periods periods,
            VisitRepository visits, TimeReporting reporting, ErsattningRules config) {
        this.providerAccess = providerAccess;
        this.orders = orders;
        this.rules = rules;
        this.periods = periods;
        this.visits = visits;
        this.reporting = reporting;
        this.config = config;
    }

    /** Parses semicolon-separated CSV with {@link ImportRow#CSV_HEADER} as its first line. */
    public static List<ImportRow> parseCsv(String text) {
        String[] lines = text.replace("\r", "").split("\n");
        List<ImportRow> rows = new ArrayList<>();
        if (lines.length == 0 || !lines[0].trim().replace("\uFEFF", "").equalsIgnoreCase(ImportRow.CSV_HEADER)) {
            throw new ImportRejectedException(List.of(new ImportReport.RowError(0, "rubrik",
                    "Första raden ska vara: " + ImportRow.CSV_HEADER)));
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] c = lines[i].split(";", -1);
            if (c.length != 11) {
                rows.add(new ImportRow(null, null, null, "#" + c.length, null, null, null, null, null, null, null));
                continue;
            }
            rows.add(new ImportRow(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10]));
        }
        return rows;
    }

    private record Checked(ServiceOrders.RunningOrder order, VisitData data, boolean unchanged) {
    }

    @Transactional
    public ImportReport importRows(List<ImportRow> rows) {
        KasusUser user = providerAccess.providerUser(Permission.VISIT_REPORT, TimeReporting.RESOURCE + "/import");
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw new ImportRejectedException(List.of(new ImportReport.RowError(0, "fil",
                    "Filen ska innehålla 1–" + MAX_ROWS + " rader.")));
        }
        List<ImportReport.RowError> errors = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        List<VisitRules.Occupied> occupied = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            int rowNumber = i + 1;
            List<ImportReport.RowError> rowErrors = new ArrayList<>();
            Checked c = check(user, rows.get(i), rowNumber, seen, occupied, rowErrors);
            errors.addAll(rowErrors);
            if (rowErrors.isEmpty() && c != null) {
                checked.add(c);
                VisitData d = c.data();
                if (d.performedStart() != null) {
                    occupied.add(new VisitRules.Occupied(c.order().personId(), d.staff(), d.performedStart(),
                            d.performedStop()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        List<Long> ids = new ArrayList<>();
        int unchanged = 0;
        for (Checked c : checked) {
            if (c.unchanged()) {
                unchanged++;
            } else {
                ids.add(reporting.createImported(user, c.order(), c.data()).id());
            }
        }
        return new ImportReport(rows.size(), ids.size(), unchanged, ids);
    }

    private Checked check(KasusUser user, ImportRow row, int n, Set<String> seen, List<VisitRules.Occupied> occupied,
            List<ImportReport.RowError> errors) {
        if (row.status() != null && row.status().startsWith("#")) {
            errors.add(new ImportReport.RowError(n, "rad", "Raden har " + row.status().substring(1)
                    + " fält; den ska ha 11, åtskilda med semikolon."));
            return null;
        }
        String externalId = trim(row.externtId());
        if (externalId == null || externalId.length() > 100) {
            errors.add(new ImportReport.RowError(n, "externtId", "Ange externt id (högst 100 tecken)."));
        } else if (!seen.add(externalId)) {
            errors.add(new ImportReport.RowError(n, "externtId", "Externt id " + externalId
                    + " förekommer flera gånger i filen."));
        }
        ServiceOrders.RunningOrder order = order(user, row.bestallning(), n, errors);
        VisitData data = data(row, user, externalId, n, errors);
        if (order == null || data == null || !errors.isEmpty()) {
            return null;
        }
        Optional<Visit> earlier = externalId == null ? Optional.empty()
                : visits.findByProviderIdAndExternalId(user.unitId(), externalId);
        if (earlier.isPresent()) {
            if (earlier.get().toView().orderId() == order.orderId() && earlier.get().data().equals(data)) {
                return new Checked(order, data, true);
            }
            errors.add(new ImportReport.RowError(n, "externtId", "Externt id " + externalId + " är redan importerat "
                    + "med andra uppgifter. Ändringar görs av samordnaren som korrigering av besök "
                    + earlier.get().id() + "."));
            return null;
        }
        for (VisitRejectedException.Problem p : rules.problems(order, data, null, occupied)) {
            errors.add(new ImportReport.RowError(n, p.field(), p.message()));
        }
        if (errors.isEmpty() && periods.closed(user.unitId(), rules.monthOf(data))) {
            errors.add(new ImportReport.RowError(n, data.kind() == VisitKind.LEVERANS ? "datum" : "start",
                    periods.closedException(user.unitId(), rules.monthOf(data)).getMessage()));
        }
        return errors.isEmpty() ? new Checked(order, data, false) : null;
    }

    /** The order, only if it is this provider's: another provider's order reads as unknown, never as existing. */
    private ServiceOrders.RunningOrder order(KasusUser user, String text, int n, List<ImportReport.RowError> errors) {
        Long id = null;
        try {
            id = Long.valueOf(trim(text) == null ? "x" : text.trim());
        } catch (NumberFormatException e) {
            errors.add(new ImportReport.RowError(n, "bestallning", "Ange beställningens nummer."));
            return null;
        }
        Optional<ServiceOrders.RunningOrder> order = orders.running(id)
                .filter(o -> user.belongsTo(o.providerId()));
        if (order.isEmpty()) {
            errors.add(new ImportReport.RowError(n, "bestallning", "Beställning " + id
                    + " finns inte bland era verkställda beställningar."));
            return null;
        }
        return order.get();
    }

    private VisitData data(ImportRow row, KasusUser user, String externalId, int n,
            List<ImportReport.RowError> errors) {
        String status = trim(row.status()) == null ? "UTFORD" : row.status().trim().toUpperCase();
        String staff = trim(row.personal());
        if (staff == null) {
            errors.add(new ImportReport.RowError(n, "personal", "Ange personal."));
        }
        if (status.equals("LEVERANS")) {
            LocalDate day = date(row.datum(), "datum", n, errors);
            Integer count = integer(row.antal(), "antal", n, errors);
            return new VisitData(VisitKind.LEVERANS, VisitStatus.UTFORD, staff, null, null, null, null, null, day,
                    count, externalId);
        }
        VisitStatus visitStatus;
        try {
            visitStatus = VisitStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            visitStatus = null;
        }
        if (visitStatus == null || visitStatus == VisitStatus.PAGAR) {
            errors.add(new ImportReport.RowError(n, "status", "Okänd status " + status
                    + "; använd UTFORD, INSTALLD_AV_KUND, INSTALLD_AV_UTFORARE eller LEVERANS."));
            return null;
        }
        return new VisitData(VisitKind.BESOK, visitStatus, staff, time(row.planeradStart(), "planeradStart", n, errors),
                time(row.planeradSlut(), "planeradSlut", n, errors), time(row.start(), "start", n, errors),
                time(row.slut(), "slut", n, errors), time(row.avbokad(), "avbokad", n, errors), null, null,
                externalId);
    }

    private Instant time(String text, String field, int n, List<ImportReport.RowError> errors) {
        String t = trim(text);
        if (t == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t).atZone(config.zone()).toInstant();
            } catch (DateTimeParseException e2) {
                errors.add(new ImportReport.RowError(n, field, "Ogiltig tid \"" + shorten(t)
                        + "\"; skriv t.ex. 2026-10-03T08:00."));
                return null;
            }
        }
    }

    private static LocalDate date(String text, String field, int n, List<ImportReport.RowError> errors) {
        String t = trim(text);
        try {
            return t == null ? null : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            errors.add(new ImportReport.RowError(n, field, "Ogiltigt datum \"" + shorten(t)
                    + "\"; skriv t.ex. 2026-10-03."));
            return null;
        }
    }

    private static Integer integer(String text, String field, int n, List<ImportReport.RowError> errors) {
        String t = trim(text);
        try {
            return t == null ? null : Integer.valueOf(t);
        } catch (NumberFormatException e) {
            errors.add(new ImportReport.RowError(n, field, "Ange ett heltal."));
            return null;
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
