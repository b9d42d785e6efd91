package se.kasus.casework;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.access.KasusUser;
import se.kasus.access.Role;
import se.kasus.access.UnitView;
import se.kasus.access.UserDirectory;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;
import se.kasus.letters.DecisionLetter;
import se.kasus.letters.DecisionLetterRenderer;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/** Produces and stores the decision letter (beslutsbrev) once per decision. */
@Service
class DecisionLetters {

    private final DecisionRepository decisions;
    private final CaseRepository cases;
    private final DocumentRepository documents;
    private final PersonService persons;
    private final UserDirectory directory;
    private final MunicipalityProperties municipality;
    private final Deadlines deadlines;
    private final DecisionLetterRenderer renderer;
    private final AuditLog audit;
    private final Clock clock;
    private final EkbAmounts ekbAmounts;

    DecisionLetters(DecisionRepository decisions, CaseRepository cases, DocumentRepository documents,
            PersonService persons, UserDirectory directory, MunicipalityProperties municipality, Deadlines deadlines,
            DecisionLetterRenderer renderer, AuditLog audit, Clock clock, EkbAmounts ekbAmounts) {
        this.ekbAmounts = ekbAmounts;
        this.decisions = decisions;
        this.cases = cases;
        this.documents = documents;
        this.persons = persons;
        this.directory = directory;
        this.municipality = municipality;
        this.deadlines = deadlines;
        this.renderer = renderer;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void createFor(long decisionId) {
        if (documents.existsByDecisionIdAndDocType(decisionId, Document.DECISION_LETTER)) {
            return;
        }
        Decision decision = decisions.findById(decisionId).orElseThrow();
        CaseRecord caseRecord = cases.findById(decision.caseId()).orElseThrow();
        byte[] pdf = renderer.render(letter(decision.toView(), caseRecord.toView()));
        documents.save(new Document(caseRecord.id(), decisionId, Document.DECISION_LETTER,
                "Beslut " + caseRecord.toView().reference(), pdf, clock.instant()));
        audit.record(new AuditEvent(ProcessDelegates.SYSTEM, AuditAction.CREATE, "beslutsbrev", caseRecord.personId(),
                caseRecord.id(), "Beslutsbrev upprättat"));
    }

    private DecisionLetter letter(DecisionView d, CaseView c) {
        PersonView person = persons.get(c.personId());
        KasusUser decider = staff(d.decidedBy());
        KasusUser caseworker = directory.find(c.responsible()).orElse(decider);
        LocalDate decisionDate = d.decidedAt().atZone(clock.getZone()).toLocalDate();
        return new DecisionLetter(municipality.name(), unitName(c.unitId()), c.reference(), decisionDate,
                person.fullName(), person.personnummer(), address(person), "Ansökan om " + d.serviceType().label()
                        .toLowerCase(), se.kasus.letters.Outcome.valueOf(d.outcome().name()),
                serviceDescription(d), d.validFrom(), d.validTo(), d.motivation(), d.legalBasis(),
                decider.displayName(), titleOf(decider, d), "Delegationsordningen, beslutsfattare: " + roleLabel(d),
                d.outcome().againstApplicant(), deadlines.lastDay(Deadlines.OVERKLAGANDETID, decisionDate.plusDays(2)),
                caseworker.displayName(), directory.email(caseworker.username()).filter(e -> !e.isBlank())
                        .orElse(unitName(c.unitId())));
    }

    private String unitName(String unitId) {
        return directory.unit(unitId).map(UnitView::name).orElse(unitId);
    }

    /**
     * A person with skyddad identitet gets no address in the letter; it goes through Skatteverket. A person without
     * a registered address is not protected, and the letter says so rather than claim protection.
     */
    private static String address(PersonView p) {
        if (p.protectedIdentity()) {
            return null;
        }
        if (p.streetAddress() == null) {
            return "Adress saknas i folkbokföringen";
        }
        return p.streetAddress() + "\n" + p.postalCode() + " " + p.city();
    }

    /** The decider may have left since; the letter still names them, as the decision stands. */
    private KasusUser staff(String username) {
        return directory.find(username).orElseGet(() -> new KasusUser(username, username, null, null, java.util.Set.of()));
    }

    private static String titleOf(KasusUser decider, DecisionView d) {
        return decider.title() != null && !decider.title().isBlank() ? decider.title() : roleLabel(d);
    }

    private String serviceDescription(DecisionView d) {
        String scope = d.hoursPerMonth() == null ? ekbAmounts.describe(d.id()).map(a -> ", " + a).orElse("")
                : ", " + d.hoursPerMonth() + " timmar per månad";
        return d.serviceType().label() + scope;
    }

    private static String roleLabel(DecisionView d) {
        return Role.fromGroupId(d.decidedRole()).map(Role::label).orElse(d.decidedRole());
    }
}
