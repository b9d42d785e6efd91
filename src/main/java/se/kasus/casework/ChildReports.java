package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.CASE_ID;
import static se.kasus.casework.ProcessVariables.CASE_TYPE;
import static se.kasus.casework.ProcessVariables.COMMUNICATED;
import static se.kasus.casework.ProcessVariables.PRELIMINARY_DUE;
import static se.kasus.casework.ProcessVariables.PROTECTION_DUE;
import static se.kasus.casework.ProcessVariables.UNIT_ID;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.access.AccessControl;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;
import se.kasus.engine.Workflow;
import se.kasus.registry.PersonNotFoundException;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;
import se.kasus.registry.Personnummer;

/**
 * Orosanmälan: a report about one child or several siblings opens one BARN_UNGA case per child, each with its own
 * barn-utredning process, in one transaction. The caseworker's form and the API for other authorities both come here.
 */
@Service
public class ChildReports {

    private static final int TEXT_MAX = 4000;
    private static final int FIELD_MAX = 200;

    private final ChildReportRepository reports;
    private final ChildReportCaseRepository reportCases;
    private final CaseRepository cases;
    private final PersonService persons;
    private final AccessControl access;
    private final AuditLog audit;
    private final Workflow workflow;
    private final Deadlines deadlines;
    private final Clock clock;

    ChildReports(ChildReportRepository reports, ChildReportCaseRepository reportCases, CaseRepository cases,
            PersonService persons, AccessControl access, AuditLog audit, Workflow workflow, Deadlines deadlines,
            Clock clock) {
        this.reports = reports;
        this.reportCases = reportCases;
        this.cases = cases;
        this.persons = persons;
        this.access = access;
        this.audit = audit;
        this.workflow = workflow;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * Registers the report and opens one case per child.
     *
     * @throws FormRejectedException when a field breaks the rules (nothing is saved)
     */
    @Transactional
    public List<CaseView> register(NewChildReport report) {
        KasusUser user = access.currentUser();
        access.requireInUnit(Permission.CASE_CREATE, user.unitId(), CaseType.BARN_UNGA.lawArea(), "orosanmälan", null,
                null);
        List<PersonView> children = validate(report);
        ChildReport saved = reports.save(new ChildReport(user.unitId(), report, user.username(), clock.instant()));
        LocalDate receivedDay = report.receivedAt().atZone(clock.getZone()).toLocalDate();
        List<CaseView> opened = new ArrayList<>();
        for (PersonView child : children) {
            opened.add(openCase(saved, child, receivedDay, user));
        }
        return opened;
    }

    private CaseView openCase(ChildReport report, PersonView child, LocalDate receivedDay, KasusUser user) {
        CaseRecord saved = cases.save(new CaseRecord(child.id(), user.unitId(), CaseType.BARN_UNGA, receivedDay, null,
                null, user.username(), clock.instant()));
        reportCases.save(new ChildReportCase(report.id(), saved.id(), child.id()));
        // The skyddsbedömning is due when the day of receipt ends; the förhandsbedömning 14 days after receipt.
        workflow.start(CaseType.BARN_UNGA.processKey(), saved.id(), Map.of(CASE_ID, saved.id(), UNIT_ID,
                saved.unitId(), CASE_TYPE, saved.caseType().name(), COMMUNICATED, false, PROTECTION_DUE,
                ProcessVariables.endOf(receivedDay, clock.getZone()), PRELIMINARY_DUE, ProcessVariables.endOf(
                        deadlines.lastDay(Deadlines.FORHANDSBEDOMNING, receivedDay), clock.getZone())));
        audit.record(new AuditEvent(user.username(), AuditAction.CREATE, "ärende", child.id(), saved.id(),
                "Orosanmälan registrerad"));
        return saved.toView();
    }

    /** The report that opened a child's case, if it was one; unchecked, so only for ChildFiles, which checks access. */
    @Transactional // not read-only: its audit entry is written in the same transaction, on one connection
    java.util.Optional<ChildReportView> reportOfCase(long caseId) {
        return reportCases.findFirstByCaseId(caseId).flatMap(link -> reports.findById(link.reportId()))
                .map(ChildReport::toView);
    }

    /** The reports of several cases in two queries, by case id (a case without a report is left out). */
    Map<Long, ChildReportView> reportsOfCases(Collection<Long> caseIds) {
        Map<Long, Long> reportByCase = reportCases.findByCaseIdIn(caseIds).stream().collect(
                Collectors.toMap(ChildReportCase::caseId, ChildReportCase::reportId, (a, b) -> a));
        Map<Long, ChildReportView> byId = reports.findAllById(reportByCase.values()).stream()
                .collect(Collectors.toMap(ChildReport::id, ChildReport::toView));
        Map<Long, ChildReportView> byCase = new HashMap<>();
        reportByCase.forEach((caseId, reportId) -> {
            if (byId.containsKey(reportId)) {
                byCase.put(caseId, byId.get(reportId));
            }
        });
        return byCase;
    }

    private List<PersonView> validate(NewChildReport report) {
        if (report.receivedAt() == null) {
            throw FormRejectedException.field("receivedAt", "Anmälan inkom", "Ange när anmälan kom in.");
        }
        if (report.receivedAt().isAfter(clock.instant())) {
            throw FormRejectedException.field("receivedAt", "Anmälan inkom", "Tidpunkten får inte ligga i framtiden.");
        }
        if (report.channel() == null) {
            throw FormRejectedException.field("channel", "Hur anmälan kom in", "Välj hur anmälan kom in.");
        }
        if (report.reporterKind() == null) {
            throw FormRejectedException.field("reporterKind", "Anmälare", "Välj vem som anmäler.");
        }
        if (report.reporterKind().mandated() && blank(report.reporterOrganisation())) {
            throw FormRejectedException.field("reporterOrganisation", "Anmälarens organisation",
                    "Ange vilken verksamhet som anmäler. En anmälningsskyldig kan inte vara anonym.");
        }
        if (report.reporterKind() == ReporterKind.ANONYM && report.channel() == ChildReportChannel.API) {
            throw FormRejectedException.field("reporterKind", "Anmälare",
                    "En anmälan från en annan myndighet kan inte vara anonym.");
        }
        requireLength(report.reporterName(), FIELD_MAX, "reporterName", "Anmälarens namn");
        requireLength(report.reporterOrganisation(), FIELD_MAX, "reporterOrganisation", "Anmälarens organisation");
        requireLength(report.reporterContact(), FIELD_MAX, "reporterContact", "Anmälarens kontaktuppgifter");
        if (blank(report.description())) {
            throw FormRejectedException.field("description", "Vad anmälan gäller", "Beskriv vad anmälan gäller.");
        }
        requireLength(report.description(), TEXT_MAX, "description", "Vad anmälan gäller");
        return children(report);
    }

    /** Every child is a person in the registry, named once, and under 18 on the day the report came in. */
    private List<PersonView> children(NewChildReport report) {
        if (report.childIds() == null || report.childIds().isEmpty()) {
            throw FormRejectedException.field("childIds", "Barn", "Ange minst ett barn som anmälan gäller.");
        }
        if (report.childIds().size() > 20 || report.childIds().stream().anyMatch(java.util.Objects::isNull)) {
            throw FormRejectedException.field("childIds", "Barn", "Ange mellan ett och tjugo barn.");
        }
        LocalDate receivedDay = report.receivedAt().atZone(clock.getZone()).toLocalDate();
        List<PersonView> children = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(report.childIds())) {
            PersonView person;
            try {
                person = persons.get(id);
            } catch (PersonNotFoundException e) {
                throw FormRejectedException.field("childIds", "Barn", "Det finns ingen person med id " + id + ".");
            }
            LocalDate born = Personnummer.parse(person.personnummer()).birthDate();
            if (!born.plusYears(18).isAfter(receivedDay)) {
                throw FormRejectedException.field("childIds", "Barn", person.fullName()
                        + " var inte under 18 år när anmälan kom in. En orosanmälan gäller barn.");
            }
            children.add(person);
        }
        return children;
    }

    private static void requireLength(String text, int max, String key, String label) {
        if (text != null && text.length() > max) {
            throw FormRejectedException.field(key, label, "Texten får vara högst " + max + " tecken.");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
