package se.kasus.access;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEntryView;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;
import se.kasus.audit.AuditPage;
import se.kasus.audit.AuditPeriod;
import se.kasus.audit.AuditVerification;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/**
 * The audit log as the revisor (and whoever else has {@link Permission#AUDIT_READ}) sees it: who took part of a
 * person's data, what a user did, and extracts of both. Everything here only reads the log, and every reading is
 * itself logged: the views as {@link AuditAction#READ}, the exports as {@link AuditAction#EXPORT}, a personnummer
 * search as {@link AuditAction#SEARCH}, each with the person's id when it is about a person. Every view and export
 * verifies the whole hash chain, so nobody reads a page of a broken log without being told.
 *
 * <p>Verifying walks the whole chain, so its cost grows with the log; see README (Auditor) for the numbers.
 */
@Service
public class AuditReview {

    /** An extract holds the whole selection or nothing: a silently cut extract would mislead its reader. */
    public static final int MAX_EXPORT = 10_000;

    static final String PERSON_LOG = "logg/person";
    static final String USER_LOG = "logg/anvandare";

    /** What an extract is written as; named in the audit entry of the export. */
    public enum ExportFormat {
        PDF,
        CSV
    }

    private final AccessControl access;
    private final AuditLog auditLog;
    private final PersonService persons;
    private final UserDirectory directory;
    private final Clock clock;

    AuditReview(AccessControl access, AuditLog auditLog, PersonService persons, UserDirectory directory,
            Clock clock) {
        this.access = access;
        this.auditLog = auditLog;
        this.persons = persons;
        this.directory = directory;
        this.clock = clock;
    }

    public AuditVerification verify() {
        KasusUser user = access.require(Permission.AUDIT_VERIFY, "loggkedja");
        AuditVerification result = auditLog.verify();
        auditLog.record(new AuditEvent(user.username(), AuditAction.VERIFY, "loggkedja", null, null,
                result.intact() ? "Kedjan hel" : "Kedjan bruten: " + result.problem()));
        return result;
    }

    public List<AuditEntryView> latest(int limit) {
        KasusUser user = access.require(Permission.AUDIT_READ, "logg");
        auditLog.record(new AuditEvent(user.username(), AuditAction.READ, "logg", null, null, "Granskning av loggen"));
        return auditLog.latest(clamp(limit));
    }

    /**
     * The person with exactly this personnummer, to review who read their data. The search is logged, with the
     * person's id when someone was found.
     *
     * @throws se.kasus.registry.InvalidPersonnummerException if it is not a valid personnummer
     */
    public Optional<Long> findPerson(String personnummer) {
        KasusUser user = access.require(Permission.AUDIT_READ, PERSON_LOG);
        Optional<PersonView> found = persons.findByPersonnummer(personnummer);
        auditLog.record(new AuditEvent(user.username(), AuditAction.SEARCH, "personregister",
                found.map(PersonView::id).orElse(null), null, "Logggranskning: sökning på personnummer"));
        return found.map(PersonView::id);
    }

    /**
     * One page of the entries about a person, newest first.
     *
     * @param from   first day, inclusive, in the municipality's time zone; null for no lower bound
     * @param to     last day, inclusive; null for up to now
     * @param before the previous page's {@link PersonAuditLog#nextBefore()}; null for the newest
     * @throws se.kasus.registry.PersonNotFoundException if no person has this id
     */
    public PersonAuditLog personLog(long personId, LocalDate from, LocalDate to, Long before, int limit) {
        KasusUser user = access.require(Permission.AUDIT_READ, PERSON_LOG);
        PersonView person = access.disclosed(user, persons.get(personId), Set.of());
        AuditPeriod period = period(from, to);
        AuditVerification chain = auditLog.verify();
        AuditPage page = auditLog.forPerson(personId, period, before, clamp(limit));
        auditLog.record(new AuditEvent(user.username(), AuditAction.READ, PERSON_LOG, personId, null,
                "Granskning: vem som tagit del av personens uppgifter" + describe(from, to) + chainNote(chain)));
        return new PersonAuditLog(person, from, to, chain, page.entries(), page.nextBefore());
    }

    /**
     * One page of what a user did, newest first. A username that is no longer an active user is still answered:
     * what a former employee read matters as much.
     *
     * @param before the previous page's {@link UserAuditLog#nextBefore()}; null for the newest
     */
    public UserAuditLog userLog(String username, LocalDate from, LocalDate to, Long before, int limit) {
        KasusUser user = access.require(Permission.AUDIT_READ, USER_LOG);
        String actor = checkedUsername(username);
        AuditPeriod period = period(from, to);
        AuditVerification chain = auditLog.verify();
        AuditPage page = actorPage(actor, period, before, clamp(limit));
        auditLog.record(new AuditEvent(user.username(), AuditAction.READ, USER_LOG, null, null,
                "Granskning av användaren " + actor + describe(from, to) + chainNote(chain)));
        return new UserAuditLog(actor, displayName(actor), from, to, chain, page.entries(), page.nextBefore());
    }

    /**
     * The whole selection about a person, rendered by {@code render}; the export is logged once it is rendered.
     *
     * @throws AuditQueryException if the selection holds more than {@link #MAX_EXPORT} entries
     */
    public byte[] exportPerson(long personId, LocalDate from, LocalDate to, ExportFormat format,
            Function<AuditExtract, byte[]> render) {
        return personExtract(personId, from, to, format, render, format + "-utdrag", false);
    }

    /**
     * The client's own extract (who took part of my data, when and why), written for the client and handed to them
     * on request; made by those who read the log, and logged as such.
     */
    public byte[] exportForClient(long personId, LocalDate from, LocalDate to, Function<AuditExtract, byte[]> render) {
        return personExtract(personId, from, to, ExportFormat.PDF, render, "Loggutdrag till den enskilde (PDF)", true);
    }

    /**
     * @param forTheClient the extract is the client's own, handed to them (through Skatteverket when the person has
     *                     skyddade personuppgifter), so it names them; the reviewer's own extracts do not
     */
    private byte[] personExtract(long personId, LocalDate from, LocalDate to, ExportFormat format,
            Function<AuditExtract, byte[]> render, String what, boolean forTheClient) {
        KasusUser user = access.require(Permission.AUDIT_READ, PERSON_LOG);
        PersonView found = persons.get(personId);
        PersonView person = forTheClient ? shown(found) : access.disclosed(user, found, Set.of());
        AuditPeriod period = period(from, to);
        AuditVerification chain = auditLog.verify();
        List<AuditEntryView> entries = all(before -> auditLog.forPerson(personId, period, before, AuditLog.MAX_LIMIT));
        AuditExtract extract = new AuditExtract(person, null, null, from, to, chain, entries, user.username(),
                user.displayName(), clock.instant());
        return exported(user, render.apply(extract), PERSON_LOG, personId, what, extract);
    }

    /** The monthly review: totals, a random sample of reads of client data, every menprövning and every refusal. */
    public record SampleReview(YearMonth month, Map<AuditAction, Long> counts, int requestedSize,
            List<AuditEntryView> sample, List<AuditEntryView> crossUnit, List<AuditEntryView> denied,
            AuditVerification chain, String madeBy, String madeByName, Instant madeAt) {

        /** Reads of the month, sampled or not. */
        public long reads() {
            return counts.getOrDefault(AuditAction.READ, 0L);
        }
    }

    /** Largest sample and the most menprövningar/refusals listed in full in one review. */
    public static final int MAX_SAMPLE = 500;
    static final int MAX_LISTED = 1000;
    static final String SAMPLE_REVIEW = "logg/stickprov";

    /**
     * The month's random-sample review for the system owner (stickprovskontroll): the same month and size always
     * draw the same sample, so a review can be reproduced and checked. The review is itself logged.
     */
    public SampleReview monthlySample(YearMonth month, int size) {
        SampleReview review = sample(month, size);
        auditLog.record(new AuditEvent(review.madeBy(), AuditAction.READ, SAMPLE_REVIEW, null, null,
                describe(review) + chainNote(review.chain())));
        return review;
    }

    public byte[] exportMonthlySample(YearMonth month, int size, Function<SampleReview, byte[]> render) {
        SampleReview review = sample(month, size);
        byte[] document = render.apply(review);
        auditLog.record(new AuditEvent(review.madeBy(), AuditAction.EXPORT, SAMPLE_REVIEW, null, null,
                "PDF: " + describe(review) + chainNote(review.chain())));
        return document;
    }

    private SampleReview sample(YearMonth month, int size) {
        KasusUser user = access.require(Permission.AUDIT_READ, SAMPLE_REVIEW);
        if (month == null || month.isAfter(YearMonth.now(clock))) {
            throw new AuditQueryException("Välj en månad som har börjat.");
        }
        if (size < 1 || size > MAX_SAMPLE) {
            throw new AuditQueryException("Stickprovet ska vara 1–" + MAX_SAMPLE + " poster.");
        }
        AuditPeriod period = period(month.atDay(1), month.atEndOfMonth());
        return new SampleReview(month, auditLog.countByAction(period), size,
                auditLog.sampleOfReads(period, size, month.getYear() * 100L + month.getMonthValue()),
                auditLog.ofAction(AuditAction.CROSS_UNIT_ACCESS, period, MAX_LISTED),
                auditLog.ofAction(AuditAction.DENIED, period, MAX_LISTED), auditLog.verify(), user.username(),
                user.displayName(), clock.instant());
    }

    private static String describe(SampleReview review) {
        return "Stickprovsgranskning " + review.month() + ": " + review.sample().size() + " läsningar i urvalet, "
                + review.crossUnit().size() + " menprövningar, " + review.denied().size() + " nekade";
    }

    /**
     * The whole selection of what a user did, rendered by {@code render}; the export is logged once it is rendered.
     *
     * @throws AuditQueryException if the selection holds more than {@link #MAX_EXPORT} entries
     */
    public byte[] exportUser(String username, LocalDate from, LocalDate to, ExportFormat format,
            Function<AuditExtract, byte[]> render) {
        KasusUser user = access.require(Permission.AUDIT_READ, USER_LOG);
        String actor = checkedUsername(username);
        AuditPeriod period = period(from, to);
        AuditVerification chain = auditLog.verify();
        List<AuditEntryView> entries = all(before -> actorPage(actor, period, before, AuditLog.MAX_LIMIT));
        AuditExtract extract = new AuditExtract(null, actor, displayName(actor), from, to, chain, entries,
                user.username(), user.displayName(), clock.instant());
        return exported(user, render.apply(extract), USER_LOG, null, format + "-utdrag", extract);
    }

    private byte[] exported(KasusUser user, byte[] document, String resource, Long personId, String what,
            AuditExtract extract) {
        String about = extract.aboutPerson() ? "" : " av användaren " + extract.username();
        auditLog.record(new AuditEvent(user.username(), AuditAction.EXPORT, resource, personId, null,
                what + about + describe(extract.from(), extract.to()) + ", "
                        + extract.entries().size() + " poster" + chainNote(extract.chain())));
        return document;
    }

    private List<AuditEntryView> all(Function<Long, AuditPage> pages) {
        List<AuditEntryView> entries = new ArrayList<>();
        Long before = null;
        do {
            AuditPage page = pages.apply(before);
            entries.addAll(page.entries());
            if (entries.size() > MAX_EXPORT) {
                throw new AuditQueryException("Urvalet har fler än " + MAX_EXPORT
                        + " poster, för många för ett utdrag. Välj en kortare period.");
            }
            before = page.nextBefore();
        } while (before != null);
        return entries;
    }

    private AuditPage actorPage(String actor, AuditPeriod period, Long before, int limit) {
        try {
            return auditLog.byActor(actor, period, before, limit);
        } catch (IllegalArgumentException e) {
            throw new AuditQueryException("Sidan finns inte. Börja om från de senaste posterna.");
        }
    }

    /** Whole days in the municipality's time zone: the period an auditor means when they say "in March". */
    private AuditPeriod period(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new AuditQueryException("Periodens slutdatum är före dess startdatum.");
        }
        ZoneId zone = clock.getZone();
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditPeriod(start, end);
    }

    private static String checkedUsername(String username) {
        String actor = username == null ? "" : username.strip();
        if (actor.isEmpty() || actor.length() > 100) {
            throw new AuditQueryException("Ange ett användarnamn.");
        }
        return actor;
    }

    private String displayName(String username) {
        return directory.find(username).map(KasusUser::displayName).orElse(null);
    }

    /** Skyddad identitet: the address is not shown, not even to the revisor, who has no need of it here. */
    private static PersonView shown(PersonView person) {
        return person.protectedIdentity() ? person.withoutAddress() : person;
    }

    private static String describe(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "";
        }
        return ", period " + (from == null ? "" : from) + "–" + (to == null ? "" : to);
    }

    private static String chainNote(AuditVerification chain) {
        if (chain.intact()) {
            return "";
        }
        return chain.firstBadEntryId() == null ? " (kedjan bruten)"
                : " (kedjan bruten vid post " + chain.firstBadEntryId() + ")";
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, AuditLog.MAX_LIMIT));
    }
}
