package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.CASE_ID;
import static se.kasus.casework.ProcessVariables.CASE_TYPE;
import static se.kasus.casework.ProcessVariables.UNIT_ID;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;
import se.kasus.engine.Workflow;
import se.kasus.registry.PersonNotFoundException;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/**
 * Informationssamtal (FB 6 kap. 25 §): registers a parent's request, opening a case about that parent and starting
 * familjeratt-informationssamtal in one transaction, and shows it to the familjerätt unit.
 */
@Service
public class InformationssamtalService {

    static final String RESOURCE = "informationssamtal";

    private final InformationssamtalRepository samtal;
    private final CaseRepository cases;
    private final CaseAccess caseAccess;
    private final FamilyLawAccess familyLaw;
    private final PersonService persons;
    private final AuditLog audit;
    private final Workflow workflow;
    private final Clock clock;

    InformationssamtalService(InformationssamtalRepository samtal, CaseRepository cases, CaseAccess caseAccess,
            FamilyLawAccess familyLaw, PersonService persons, AuditLog audit, Workflow workflow, Clock clock) {
        this.samtal = samtal;
        this.cases = cases;
        this.caseAccess = caseAccess;
        this.familyLaw = familyLaw;
        this.persons = persons;
        this.audit = audit;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** @throws FormRejectedException when a field breaks the rules (nothing is saved) */
    @Transactional
    public CaseView register(NewInformationssamtal request) {
        KasusUser user = familyLaw.requireRegistrar(RESOURCE, request.parentId());
        PersonView parent = person(request.parentId(), "parentId", "Förälder som begär samtal");
        if (request.otherParentId() != null) {
            person(request.otherParentId(), "otherParentId", "Den andra föräldern");
            if (Objects.equals(request.otherParentId(), request.parentId())) {
                throw FormRejectedException.field("otherParentId", "Den andra föräldern",
                        "Den andra föräldern kan inte vara samma person.");
            }
        }
        if (request.receivedDate() == null) {
            throw FormRejectedException.field("receivedDate", "Begäran inkom", "Ange när begäran kom in.");
        }
        LocalDateRules.notInFuture(request.receivedDate(), LocalDate.now(clock), "receivedDate", "Begäran inkom");
        CaseRecord saved = cases.save(new CaseRecord(parent.id(), user.unitId(), CaseType.FR_INFORMATIONSSAMTAL,
                request.receivedDate(), null, null, user.username(), clock.instant()));
        samtal.save(new Informationssamtal(saved.id(), request.otherParentId(), request.receivedDate(),
                user.username(), clock.instant()));
        workflow.start(CaseType.FR_INFORMATIONSSAMTAL.processKey(), saved.id(), Map.of(CASE_ID, saved.id(), UNIT_ID,
                saved.unitId(), CASE_TYPE, saved.caseType().name()));
        audit.record(new AuditEvent(user.username(), AuditAction.CREATE, "ärende", saved.personId(), saved.id(),
                "Begäran om informationssamtal registrerad"));
        return saved.toView();
    }

    @Transactional // not read-only: its audit entry is written in the same transaction, on one connection
    public InformationssamtalView view(long caseId) {
        CaseRecord caseRecord = caseAccess.require(caseId, Permission.CLIENT_FILE_READ, AuditAction.READ, RESOURCE,
                "Läser informationssamtalet");
        return load(caseRecord);
    }

    InformationssamtalView load(CaseRecord caseRecord) {
        Informationssamtal s = ofCase(caseRecord.id());
        return s.toView(caseRecord.toView().reference(), persons.get(caseRecord.personId()).fullName(),
                s.otherParentId() == null ? null : persons.get(s.otherParentId()).fullName());
    }

    Informationssamtal ofCase(long caseId) {
        return samtal.findByCaseId(caseId).orElseThrow(() -> new CaseRuleException(
                "Ärendet har inget informationssamtal."));
    }

    private PersonView person(Long id, String key, String label) {
        if (id == null) {
            throw FormRejectedException.field(key, label, "Ange personen.");
        }
        try {
            return persons.get(id);
        } catch (PersonNotFoundException e) {
            throw FormRejectedException.field(key, label, "Det finns ingen person med id " + id + ".");
        }
    }
}

interface InformationssamtalRepository extends JpaRepository<Informationssamtal, Long> {
    java.util.Optional<Informationssamtal> findByCaseId(long caseId);
}
