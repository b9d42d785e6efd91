package se.kasus.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import se.kasus.access.AuditExtract;
import se.kasus.access.AuditReview;
import se.kasus.access.AuditReview.SampleReview;
import se.kasus.access.KasusUser;
import se.kasus.access.UnitView;
import se.kasus.access.UserDirectory;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEntryView;
import se.kasus.letters.Report;
import se.kasus.letters.ReportRenderer;
import se.kasus.web.ui.UiFormat;

/**
 * The two log reports of the log review: the client's own extract (who took part of my data, when and why), in
 * words a client understands; and the month's random-sample review for the system owner, with a column for the
 * reviewer's judgement. {@link AuditReview} checks access, gathers and logs; this class lays them out.
 */
@Component
public class AuditReviewReports {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    /** What the log's resources mean, for a reader outside the social services. */
    private static final Map<String, String> RESOURCES = Map.ofEntries(Map.entry("klientakt", "personakten"),
            Map.entry("socialregister", "socialregistret"), Map.entry("personregister", "personregistret"),
            Map.entry("journal", "journalen"), Map.entry("uppgift", "en uppgift i ärendet"),
            Map.entry("logg/person", "loggen över dina uppgifter"), Map.entry("historik", "ärendets historik"));

    private final AuditReview review;
    private final ReportRenderer renderer;
    private final UserDirectory directory;
    private final UiFormat fmt;

    AuditReviewReports(AuditReview review, ReportRenderer renderer, UserDirectory directory, UiFormat fmt) {
        this.review = review;
        this.renderer = renderer;
        this.directory = directory;
        this.fmt = fmt;
    }

    public ResponseEntity<byte[]> clientExtract(long personId, LocalDate from, LocalDate to) {
        return pdf(review.exportForClient(personId, from, to, e -> renderer.render(clientReport(e))),
                "loggutdrag-till-den-enskilde-" + personId);
    }

    public ResponseEntity<byte[]> monthlySample(YearMonth month, int size) {
        return pdf(review.exportMonthlySample(month, size, r -> renderer.render(sampleReport(r))),
                "stickprov-" + month);
    }

    Report clientReport(AuditExtract extract) {
        Function<String, Staff> staff = staff();
        List<Report.Fact> facts = List.of(
                new Report.Fact("Period", extract.from() == null && extract.to() == null ? "Alla uppgifter i loggen"
                        : (extract.from() == null ? "från början" : extract.from()) + " – "
                                + (extract.to() == null ? "i dag" : extract.to())),
                new Report.Fact("Antal händelser", Integer.toString(extract.entries().size())),
                new Report.Fact("Utdraget gjort", fmt.dateTime(extract.exportedAt()) + " av "
                        + extract.exportedByName()));
        List<Report.Row> rows = extract.entries().stream().map(e -> {
            Staff who = staff.apply(e.actor());
            return new Report.Row(List.of(fmt.dateTime(e.occurredAt()), who.name(), who.unit(),
                    fmt.auditAction(e.action()) + " " + RESOURCES.getOrDefault(e.resource(), e.resource()),
                    e.reason() == null ? "" : e.reason()), e.action() == AuditAction.DENIED);
        }).toList();
        return new Report("Loggutdrag: vem har tagit del av dina uppgifter",
                extract.person().fullName() + ", " + extract.person().personnummer(), facts,
                AuditExports.status(extract.chain()),
                List.of(new Report.Column("När", 14), new Report.Column("Vem", 20), new Report.Column("Enhet", 18),
                        new Report.Column("Vad", 20), new Report.Column("Varför", 28)),
                rows, "Ingen har tagit del av dina uppgifter under perioden.",
                "Kasus – loggutdrag till den enskilde. Du har rätt att få veta vem som tagit del av dina uppgifter.");
    }

    Report sampleReport(SampleReview r) {
        Function<String, Staff> staff = staff();
        List<Report.Fact> facts = new ArrayList<>();
        facts.add(new Report.Fact("Händelser i loggen", Long.toString(r.counts().values().stream()
                .mapToLong(Long::longValue).sum())));
        facts.add(new Report.Fact("Läsningar", Long.toString(r.reads())));
        facts.add(new Report.Fact("Stickprov", r.sample().size() + " läsningar av personuppgifter (begärt "
                + r.requestedSize() + "), samma urval varje gång för samma månad"));
        facts.add(new Report.Fact("Menprövningar", Integer.toString(r.crossUnit().size())));
        facts.add(new Report.Fact("Nekade försök", Integer.toString(r.denied().size())));
        facts.add(new Report.Fact("Gjord", fmt.dateTime(r.madeAt()) + " av " + r.madeByName()));
        List<Report.Row> rows = new ArrayList<>();
        r.sample().forEach(e -> rows.add(row("Stickprov", e, staff, false)));
        r.crossUnit().forEach(e -> rows.add(row("Menprövning", e, staff, true)));
        r.denied().forEach(e -> rows.add(row("Nekad", e, staff, true)));
        return new Report("Stickprovsgranskning av loggen " + r.month(),
                "Underlag för systemägarens månatliga kontroll av behörig åtkomst", facts,
                AuditExports.status(r.chain()),
                List.of(new Report.Column("Urval", 9), new Report.Column("När", 12), new Report.Column("Vem", 18),
                        new Report.Column("Enhet", 14), new Report.Column("Person-id", 7),
                        new Report.Column("Vad och varför", 26), new Report.Column("Befogad? ja/nej", 10)),
                rows, "Loggen har inga läsningar, menprövningar eller nekade försök under månaden.",
                "Kasus – stickprovsgranskning. Innehåller uppgifter som omfattas av sekretess (OSL 26 kap.).");
    }

    private Report.Row row(String kind, AuditEntryView e, Function<String, Staff> staff, boolean emphasised) {
        Staff who = staff.apply(e.actor());
        return new Report.Row(List.of(kind, fmt.dateTime(e.occurredAt()), who.name(), who.unit(),
                e.personId() == null ? "–" : e.personId().toString(),
                e.resource() + (e.reason() == null ? "" : ": " + e.reason()), ""), emphasised);
    }

    private record Staff(String name, String unit) {
    }

    private Function<String, Staff> staff() {
        Map<String, String> units = directory.units().stream()
                .collect(Collectors.toMap(UnitView::id, UnitView::name));
        Map<String, KasusUser> users = directory.all().stream()
                .collect(Collectors.toMap(KasusUser::username, u -> u));
        return username -> {
            KasusUser user = users.get(username);
            if (user == null) {
                return new Staff(username, "");
            }
            String title = user.title() == null ? "" : ", " + user.title();
            return new Staff(user.displayName() + title, user.unitId() == null ? "" : units.getOrDefault(user.unitId(), ""));
        };
    }

    private ResponseEntity<byte[]> pdf(byte[] body, String name) {
        String filename = name + "-" + FILE_TIME.format(ZonedDateTime.now(fmt.zone())) + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }
}
