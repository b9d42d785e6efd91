package se.kasus.casework;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.access.AccessControl;
import se.kasus.access.CrossUnitAccess;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;
import se.kasus.engine.Workflow;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/**
 * The client's file (klientakt) on one screen. A caseworker sees the cases of their own unit; a person whose cases
 * all belong to other units is refused (sekretess between units, OSL 26 kap.). Every opening is audited.
 */
@Service
public class ClientFileService {

    private final CaseRepository cases;
    private final DecisionRepository decisions;
    private final ServiceOrderRepository orders;
    private final CommunicationRepository communications;
    private final AppealRepository appeals;
    private final InvestigationRepository investigations;
    private final Journal journal;
    private final DocumentRepository documents;
    private final PersonService persons;
    private final AccessControl access;
    private final AuditLog audit;
    private final Workflow workflow;
    private final CrossUnitAccess crossUnitAccess;

    ClientFileService(CaseRepository cases, DecisionRepository decisions, ServiceOrderRepository orders,
            CommunicationRepository communications, AppealRepository appeals, InvestigationRepository investigations,
            Journal journal, DocumentRepository documents, PersonService persons, AccessControl access,
            AuditLog audit, Workflow workflow, CrossUnitAccess crossUnitAccess) {
        this.cases = cases;
        this.decisions = decisions;
        this.orders = orders;
        this.communications = communications;
        this.appeals = appeals;
        this.investigations = investigations;
        this.journal = journal;
        this.documents = documents;
        this.persons = persons;
        this.access = access;
        this.audit = audit;
        this.workflow = workflow;
        this.crossUnitAccess = crossUnitAccess;
    }

    @Transactional
    public ClientFile open(long personId, String reason) {
        if (reason != null && reason.length() > 200) {
            throw FormRejectedException.field("reason", "Skäl", "Skälet får vara högst 200 tecken.");
        }
        List<CaseRecord> all = cases.findByPersonIdOrderByOpenedAtDesc(personId);
        KasusUser user = access.currentUser();
        Set<String> opened = access.unitsOpenedByMenprovning(user, personId);
        requireAccess(user, personId, all, opened);
        PersonView person = shown(persons.get(personId));
        List<CaseRecord> visible = all.stream().filter(c -> user.belongsTo(c.unitId()) || opened.contains(c.unitId()))
                .filter(c -> access.coversLawArea(user, Permission.CLIENT_FILE_READ, c.caseType().lawArea())).toList();
        List<Long> ids = visible.stream().map(CaseRecord::id).toList();
        audit.record(new AuditEvent(user.username(), AuditAction.READ, "klientakt", personId, null,
                (reason == null || reason.isBlank() ? "Handläggning" : reason) + crossedUnits(user, visible)));
        return new ClientFile(person, visible.stream().map(this::summary).toList(),
                decisions.findByCaseIdInOrderByProposedAtDesc(ids).stream().map(Decision::toView).toList(),
                orders.findByCaseIdInOrderByIdDesc(ids).stream().map(ServiceOrder::toView).toList(),
                communications.findByCaseIdInOrderByIdDesc(ids).stream().map(Communication::toView).toList(),
                appeals.findByCaseIdInOrderByIdDesc(ids).stream().map(Appeal::toView).toList(),
                investigations.findByCaseIdInOrderByCompletedAtDesc(ids).stream().map(Investigation::toView).toList(),
                journal.ofCases(ids),
                documents.listByCaseIds(ids));
    }

    /**
     * A client file opens only for a person with a case in the user's unit (CLIENT_FILE_READ there). Anyone else —
     * a person with cases only elsewhere, with no case at all, or an id that does not exist — is refused alike, so
     * ids cannot be walked to read the registry or to learn which persons exist; a person without a case is found by
     * exact personnummer search instead.
     */
    private void requireAccess(KasusUser user, long personId, List<CaseRecord> all, Set<String> opened) {
        String unit = all.stream()
                .filter(c -> access.coversLawArea(user, Permission.CLIENT_FILE_READ, c.caseType().lawArea()))
                .map(CaseRecord::unitId).filter(u -> user.belongsTo(u) || opened.contains(u)).findFirst().orElse(null);
        if (unit == null) {
            access.refuse(user, "klientakt", all.isEmpty() ? null : personId, null, "Inget ärende i användarens enhet");
        }
        access.requireInUnit(Permission.CLIENT_FILE_READ, unit, "klientakt", personId, null);
    }

    /** A read that crosses a unit boundary says so in its audit entry, next to the menprövning that allowed it. */
    private static String crossedUnits(KasusUser user, List<CaseRecord> visible) {
        List<String> others = visible.stream().map(CaseRecord::unitId).filter(u -> !user.belongsTo(u)).distinct()
                .toList();
        return others.isEmpty() ? "" : " (efter menprövning, enhet " + String.join(", ", others) + ")";
    }

    /**
     * Menprövning: records why the user needs to read the person's cases in another unit and opens them for reading
     * for a limited time (config {@code kasus.access.cross-unit-validity}). The unit must hold a case of the person
     * and not be the user's own; the reason is required.
     */
    @Transactional
    public CrossUnitAccess.GrantView requestCrossUnitAccess(long personId, String unitId, String reason) {
        KasusUser user = access.require(Permission.CLIENT_FILE_READ, "menprövning");
        if (reason == null || reason.strip().length() < 10) {
            throw FormRejectedException.field("reason", "Skäl", "Skriv skälet till menprövningen: varför uppgifterna "
                    + "behövs och varför det inte skadar den enskilde (minst 10 tecken).");
        }
        if (reason.length() > 500) {
            throw FormRejectedException.field("reason", "Skäl", "Skälet får vara högst 500 tecken.");
        }
        if (user.belongsTo(unitId)) {
            throw FormRejectedException.field("unitId", "Enhet", "Den egna enhetens ärenden kräver ingen menprövning.");
        }
        boolean held = cases.findByPersonIdOrderByOpenedAtDesc(personId).stream()
                .anyMatch(c -> c.unitId().equals(unitId));
        if (!held) {
            access.refuse(user, "menprövning", null, null, "Inget ärende för personen i enhet " + unitId);
        }
        return crossUnitAccess.grant(personId, unitId, reason);
    }

    /** Skyddad identitet: the address is never shown on screen or in the API; letters go through Skatteverket. */
    private static PersonView shown(PersonView person) {
        return person.protectedIdentity() ? person.withoutAddress() : person;
    }

    private ClientFile.CaseSummary summary(CaseRecord c) {
        List<ClientFile.OpenTask> open = workflow.tasksOfCase(c.id()).stream()
                .map(t -> new ClientFile.OpenTask(t.id(), t.name(), t.assignee())).toList();
        return new ClientFile.CaseSummary(c.toView(), workflow.activeSteps(c.id()), open);
    }

    /**
     * Finds a person by exact personnummer, for registering an ansökan or opening their file. The search is audited;
     * a person with skyddad identitet is shown without address.
     */
    @Transactional
    public Optional<PersonHit> search(String personnummer) {
        KasusUser user = access.require(Permission.PERSON_SEARCH, "personregister");
        Optional<PersonView> found = persons.findByPersonnummer(personnummer);
        audit.record(new AuditEvent(user.username(), AuditAction.SEARCH, "personregister",
                found.map(PersonView::id).orElse(null), null, "Sökning på personnummer"));
        return found.map(p -> new PersonHit(access.disclosed(user, p, unitsHoldingCases(p.id())), mayOpen(user, p.id())));
    }

    /** A search hit, and whether the user may open the person's file. */
    public record PersonHit(PersonView person, boolean mayOpenFile) {
    }

    private List<String> unitsHoldingCases(long personId) {
        return cases.findByPersonIdOrderByOpenedAtDesc(personId).stream().map(CaseRecord::unitId).toList();
    }

    private boolean mayOpen(KasusUser user, long personId) {
        Set<String> opened = access.unitsOpenedByMenprovning(user, personId);
        return access.may(user, Permission.CLIENT_FILE_READ) && cases.findByPersonIdOrderByOpenedAtDesc(personId)
                .stream().anyMatch(c -> (user.belongsTo(c.unitId()) || opened.contains(c.unitId()))
                        && access.coversLawArea(user, Permission.CLIENT_FILE_READ, c.caseType().lawArea()));
    }
}
