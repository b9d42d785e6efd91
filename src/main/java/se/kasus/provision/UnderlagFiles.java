package se.kasus.provision;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import se.kasus.letters.Report;
import se.kasus.letters.ReportRenderer;

/**
 * The files made from an ersättningsunderlag. Each goes through {@link Ersattning#forExport}, which checks access
 * and writes the EXPORT audit entry.
 *
 * <p>The ekonomisystem's file ({@link #ekonomi}) is a documented fixed format, UTF-8, semicolon separated, amounts
 * with a point and two decimals: {@code H;KASUS-ERS;1;<utförare>;<period>;<attesterad av>;<attestdatum>;<antal R>}
 * then one {@code R;<beställning>;<ärende>;<insats>;<antal>;<enhet>;<belopp>} per client and insats (quantity in
 * minutes, deliveries or days) and {@code T;<summa>}. A receiving system checks that the R amounts add up to T.
 */
@Service
public class UnderlagFiles {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Ersattning ersattning;
    private final ReportRenderer renderer;
    private final ErsattningRules config;

    UnderlagFiles(Ersattning ersattning, ReportRenderer renderer, ErsattningRules config) {
        this.ersattning = ersattning;
        this.renderer = renderer;
        this.config = config;
    }

    /** The basis the provider invoices against, one line per paid visit, delivery day, day line or adjustment. */
    public byte[] csv(String providerId, YearMonth month) {
        Underlag u = ersattning.forExport(providerId, month, "CSV", false);
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append("utforare;period;status;besok;bestallning;arende;kund;insats;dag;vad;planerad_min;utford_min;"
                + "antal;enhet;belopp;justering;not\n");
        for (Underlag.Line l : u.lines()) {
            out.append(String.join(";", u.providerId(), u.month().toString(), u.status(), str(l.visitId()),
                    str(l.orderId()), str(l.caseId()), csvText(l.client()), l.serviceType().label(), l.day().toString(),
                    csvText(l.what()), str(l.plannedMinutes()), str(l.performedMinutes()), str(l.quantity()),
                    l.unit(), l.amount().toPlainString(), l.adjustment() ? "ja" : "nej", csvText(l.note())))
                    .append('\n');
        }
        out.append(String.join(";", u.providerId(), u.month().toString(), u.status(), "", "", "", "SUMMA", "", "",
                "", "", "", "", "", u.total().toPlainString(), "", "")).append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The export file for the municipality's ekonomisystem; only an attested month. */
    public byte[] ekonomi(String providerId, YearMonth month) {
        Underlag u = ersattning.forExport(providerId, month, "ekonomifil", true);
        StringBuilder out = new StringBuilder();
        out.append(String.join(";", "H", "KASUS-ERS", "1", u.providerId(), u.month().toString(), u.attestedBy(),
                u.attestedAt().atZone(config.zone()).toLocalDate().format(DATE), str(u.groups().size()))).append('\n');
        for (Underlag.Group g : u.groups()) {
            long quantity = g.billableMinutes() + g.deliveries() + g.days();
            String unit = g.days() > 0 ? "dygn" : g.deliveries() > 0 ? "st" : "min";
            out.append(String.join(";", "R", str(g.orderId()), str(g.caseId()), g.serviceType().name(),
                    str(quantity), unit, g.amount().toPlainString())).append('\n');
        }
        out.append("T;").append(u.total().toPlainString()).append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The underlag as a PDF in the letters module's report style: per client and insats, then the total. */
    public byte[] pdf(String providerId, YearMonth month) {
        Underlag u = ersattning.forExport(providerId, month, "PDF", false);
        List<Report.Row> rows = new ArrayList<>();
        for (Underlag.Group g : u.groups()) {
            rows.add(new Report.Row(List.of(g.client(), "ÄO-" + g.caseId(), str(g.orderId()), g.serviceType().label(),
                    str(g.plannedMinutes()), str(g.performedMinutes()), quantity(g), kr(g.adjustments()),
                    kr(g.amount())), false));
        }
        rows.add(new Report.Row(List.of("Summa", "", "", "", "", "", "", "", kr(u.total())), true));
        boolean ok = u.attested();
        Report report = new Report("Ersättningsunderlag " + u.month(), u.providerName(),
                List.of(new Report.Fact("Utförare", u.providerName() + " (" + u.providerId() + ")"),
                        new Report.Fact("Period", u.month().toString()),
                        new Report.Fact("Status", u.status()),
                        new Report.Fact("Spärrdatum", u.lockDate().toString()),
                        new Report.Fact("Attesterad", ok ? u.attestedBy() + " "
                                + u.attestedAt().atZone(config.zone()).toLocalDate() : "Nej")),
                new Report.Status(ok, ok ? "Attesterat underlag." : "Preliminärt underlag.",
                        ok ? "Utföraren fakturerar mot detta underlag." : "Perioden är inte attesterad; beloppen kan "
                                + "ändras till spärrdatum."),
                List.of(new Report.Column("Kund", 3), new Report.Column("Ärende", 1.2f),
                        new Report.Column("Beställning", 1.2f), new Report.Column("Insats", 1.6f),
                        new Report.Column("Planerat min", 1.2f), new Report.Column("Utfört min", 1.2f),
                        new Report.Column("Ersatt", 1.4f), new Report.Column("Justering kr", 1.4f),
                        new Report.Column("Belopp kr", 1.6f)),
                rows, "Inga ersättningsgrundande besök i perioden.", "Innehåller uppgifter om enskilda – sekretess "
                        + "enligt OSL 26 kap.");
        return renderer.render(report);
    }

    private static String quantity(Underlag.Group g) {
        List<String> parts = new ArrayList<>();
        if (g.billableMinutes() > 0) {
            parts.add(g.billableMinutes() + " min");
        }
        if (g.deliveries() > 0) {
            parts.add(g.deliveries() + " st");
        }
        if (g.days() > 0) {
            parts.add(g.days() + " dygn");
        }
        return String.join(", ", parts);
    }

    static String kr(BigDecimal amount) {
        return String.format(Locale.forLanguageTag("sv-SE"), "%,.2f", amount);
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String csvText(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replace(";", ",").replace("\n", " ");
        // a cell starting with = + - @ is a formula in a spreadsheet: neutralise it (CSV injection)
        return !clean.isEmpty() && "=+-@".indexOf(clean.charAt(0)) >= 0 ? "'" + clean : clean;
    }
}
