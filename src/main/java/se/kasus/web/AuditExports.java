package se.kasus.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import se.kasus.access.AuditExtract;
import se.kasus.access.AuditReview;
import se.kasus.access.AuditReview.ExportFormat;
import se.kasus.access.KasusUser;
import se.kasus.access.UserDirectory;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEntryView;
import se.kasus.audit.AuditVerification;
import se.kasus.letters.Report;
import se.kasus.letters.ReportRenderer;
import se.kasus.registry.PersonView;
import se.kasus.web.ui.UiFormat;

/**
 * Extracts of the audit log as PDF and CSV, the same for the pages under {@code /logg} and the API under
 * {@code /api/audit}: {@link AuditReview} checks access, gathers the entries, verifies the chain and logs the export;
 * this class only lays the extract out.
 */
@Component
public class AuditExports {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final AuditReview review;
    private final ReportRenderer renderer;
    private final UserDirectory directory;
    private final UiFormat fmt;
    private final Clock clock;

    AuditExports(AuditReview review, ReportRenderer renderer, UserDirectory directory, UiFormat fmt, Clock clock) {
        this.review = review;
        this.renderer = renderer;
        this.directory = directory;
        this.fmt = fmt;
        this.clock = clock;
    }

    public ResponseEntity<byte[]> person(long personId, LocalDate from, LocalDate to, ExportFormat format) {
        byte[] body = review.exportPerson(personId, from, to, format, extract -> render(extract, format));
        return response(body, format, "loggutdrag-person-" + personId);
    }

    public ResponseEntity<byte[]> user(String username, LocalDate from, LocalDate to, ExportFormat format) {
        byte[] body = review.exportUser(username, from, to, format, extract -> render(extract, format));
        return response(body, format, "loggutdrag-anvandare-" + username.strip().replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    private byte[] render(AuditExtract extract, ExportFormat format) {
        return switch (format) {
            case PDF -> renderer.render(report(extract));
            case CSV -> AuditCsv.write(extract, names(), fmt::auditAction, fmt.zone());
        };
    }

    private ResponseEntity<byte[]> response(byte[] body, ExportFormat format, String name) {
        String filename = name + "-" + FILE_TIME.format(ZonedDateTime.now(clock)) + (format == ExportFormat.PDF ? ".pdf" : ".csv");
        return ResponseEntity.ok()
                .contentType(format == ExportFormat.PDF ? MediaType.APPLICATION_PDF : CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                // The extract holds client data: no copy in a shared cache or the browser's.
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    Report report(AuditExtract extract) {
        Map<String, String> names = names();
        String subtitle;
        if (extract.aboutPerson()) {
            PersonView person = extract.person();
            subtitle = person.fullName() + ", " + person.personnummer()
                    + (person.protectedIdentity() ? " (skyddad identitet)" : "");
        } else {
            subtitle = (extract.userName() == null ? "" : extract.userName() + ", ") + extract.username();
        }
        List<Report.Fact> facts = new ArrayList<>();
        facts.add(new Report.Fact("Period", period(extract.from(), extract.to())));
        facts.add(new Report.Fact("Antal poster", extract.entries().size() + ", nyaste först"));
        facts.add(new Report.Fact("Utdraget gjort", fmt.dateTimeSeconds(extract.exportedAt()) + " av "
                + extract.exportedByName() + " (" + extract.exportedBy() + ")"));
        return new Report(
                extract.aboutPerson() ? "Loggutdrag: vem har tagit del av uppgifter om personen"
                        : "Loggutdrag: vad användaren har gjort i Kasus",
                subtitle, facts, status(extract.chain()), columns(),
                rows(extract.entries(), names, extract.chain().firstBadEntryId()),
                "Loggen har inga poster för urvalet.",
                "Kasus – loggutdrag. Innehåller uppgifter som omfattas av sekretess (OSL 26 kap.).");
    }

    /** The same words as the pages: a reader of the PDF must be told of a broken chain as plainly. */
    public static Report.Status status(AuditVerification chain) {
        if (chain.intact()) {
            return new Report.Status(true, "Loggkedjan är hel.", chain.entriesChecked()
                    + " poster kontrollerades när utdraget gjordes. Ingen post är ändrad, borttagen eller flyttad.");
        }
        String first = chain.firstBadEntryId() == null ? "" : "Första felaktiga post: nr " + chain.firstBadEntryId() + ". ";
        return new Report.Status(false, "Loggkedjan är bruten – loggen kan ha ändrats.",
                first + chain.problem() + " " + chain.entriesChecked() + " poster kontrollerades.");
    }

    private static List<Report.Column> columns() {
        return List.of(new Report.Column("Nr", 5), new Report.Column("Tid", 12), new Report.Column("Vem", 18),
                new Report.Column("Åtgärd", 11), new Report.Column("Resurs", 10), new Report.Column("Person-id", 6),
                new Report.Column("Ärende", 6), new Report.Column("Orsak", 32));
    }

    /**
     * A refusal is set in bold; so is the first bad entry of a broken chain, marked in words in the widest column so
     * the mark is never broken over lines.
     */
    private List<Report.Row> rows(List<AuditEntryView> entries, Map<String, String> names, Long badId) {
        return entries.stream().map(e -> new Report.Row(List.of(
                Long.toString(e.id()),
                fmt.dateTimeSeconds(e.occurredAt()),
                names.containsKey(e.actor()) ? names.get(e.actor()) + " (" + e.actor() + ")" : e.actor(),
                fmt.auditAction(e.action()),
                e.resource(),
                e.personId() == null ? "–" : e.personId().toString(),
                e.caseId() == null ? "–" : "ÄO-" + e.caseId(),
                (Long.valueOf(e.id()).equals(badId) ? "FELAKTIG POST – " : "") + (e.reason() == null ? "" : e.reason())),
                e.action() == AuditAction.DENIED || Long.valueOf(e.id()).equals(badId))).toList();
    }

    private static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "Hela loggen";
        }
        return (from == null ? "från början" : from.toString()) + " – " + (to == null ? "i dag" : to.toString());
    }

    private Map<String, String> names() {
        return directory.all().stream().collect(Collectors.toMap(KasusUser::username, KasusUser::displayName));
    }
}
