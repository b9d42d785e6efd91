package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.CASE_ID;
import static se.kasus.casework.ProcessVariables.CASE_TYPE;
import static se.kasus.casework.ProcessVariables.COMMUNICATED;
import static se.kasus.casework.ProcessVariables.UNIT_ID;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.access.AccessControl;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;
import se.kasus.engine.Workflow;
import se.kasus.registry.PersonService;

/** Aktualisering: an ansökan registered for a person opens a case and starts its process, in one transaction. */
@Service
public class CaseIntake {

    private final CaseRepository cases;
    private final PersonService persons;
    private final AccessControl access;
    private final AuditLog audit;
    private final Workflow workflow;
    private final Clock clock;

    CaseIntake(CaseRepository cases, PersonService persons, AccessControl access, AuditLog audit, Workflow workflow,
            Clock clock) {
        this.cases = cases;
        this.persons = persons;
        this.access = access;
        this.audit = audit;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Transactional
    public CaseView registerApplication(NewApplication application) {
        KasusUser user = access.currentUser();
        access.requireInUnit(Permission.CASE_CREATE, user.unitId(), CaseType.SOL_ALDRE_BISTAND.lawArea(), "ärende",
                application.personId(), null);
        persons.get(application.personId());
        validate(application);
        return open(new CaseRecord(application.personId(), user.unitId(), CaseType.SOL_ALDRE_BISTAND,
                application.receivedDate(), application.requestedService(), blankToNull(application.description()),
                user.username(), clock.instant()), user).toView();
    }

    /** Saves a new case, starts its process and audits it; the caller has checked access and input. */
    CaseRecord open(CaseRecord newCase, KasusUser user) {
        CaseRecord saved = cases.save(newCase);
        workflow.start(saved.caseType().processKey(), saved.id(), Map.of(CASE_ID, saved.id(), UNIT_ID,
                saved.unitId(), CASE_TYPE, saved.caseType().name(), COMMUNICATED, false));
        audit.record(new AuditEvent(user.username(), AuditAction.CREATE, "ärende", saved.personId(), saved.id(),
                "Ansökan registrerad"));
        return saved;
    }

    private void validate(NewApplication application) {
        if (application.receivedDate() == null) {
            throw FormRejectedException.field("receivedDate", "Ansökan inkom", "Ange när ansökan kom in.");
        }
        LocalDateRules.notInFuture(application.receivedDate(), LocalDate.now(clock), "receivedDate", "Ansökan inkom");
        if (application.requestedService() == null
                || application.requestedService().caseType() != CaseType.SOL_ALDRE_BISTAND) {
            throw FormRejectedException.field("requestedService", "Ansökan gäller", "Välj vad ansökan gäller.");
        }
        if (application.description() != null && application.description().length() > 4000) {
            throw FormRejectedException.field("description", "Beskrivning", "Texten får vara högst 4000 tecken.");
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
