package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.CASE_ID;
import static se.kasus.casework.ProcessVariables.CASE_TYPE;
import static se.kasus.casework.ProcessVariables.COURT_DEADLINE;
import static se.kasus.casework.ProcessVariables.UNIT_ID;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import se.kasus.registry.Personnummer;

/**
 * Familjerätt's snabbupplysning (FB 6 kap. 20 §): registers a court's request, opening a case about the child and
 * starting familjeratt-snabbupplysning in one transaction, and shows a snabbupplysning to its own unit.
 */
@Service
public class Snabbupplysningar {

    static final String RESOURCE = "snabbupplysning";
    private static final int FIELD_MAX = 200;
    private static final int CASE_NUMBER_MAX = 64;

    private final SnabbupplysningRepository requests;
    private final FrPartyRepository parties;
    private final FrOccurrenceRepository occurrences;
    private final FrContactRepository contacts;
    private final CaseRepository cases;
    private final CaseAccess caseAccess;
    private final PersonService persons;
    private final FamilyLawAccess familyLaw;
    private final AuditLog audit;
    private final Workflow workflow;
    private final Deadlines deadlines;
    private final Clock clock;

    Snabbupplysningar(SnabbupplysningRepository requests, FrPartyRepository parties,
            FrOccurrenceRepository occurrences, FrContactRepository contacts, CaseRepository cases,
            CaseAccess caseAccess, PersonService persons, FamilyLawAccess familyLaw, AuditLog audit, Workflow workflow,
            Deadlines deadlines, Clock clock) {
        this.requests = requests;
        this.parties = parties;
        this.occurrences = occurrences;
        this.contacts = contacts;
        this.cases = cases;
        this.caseAccess = caseAccess;
        this.persons = persons;
        this.familyLaw = familyLaw;
        this.audit = audit;
        this.workflow = workflow;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * Registers the court's request and starts the process; the answer is due when the court's last day ends.
     *
     * @throws FormRejectedException when a field breaks the rules (nothing is saved)
     */
    @Transactional
    public CaseView register(NewSnabbupplysning request) {
        KasusUser user = familyLaw.requireRegistrar(RESOURCE, request.childId());
        Parties named = validate(request);
        LocalDate lastDay = request.courtDeadline() != null ? request.courtDeadline()
                : deadlines.lastDay(Deadlines.SNABBUPPLYSNING, request.receivedDate());
        CaseRecord saved = cases.save(new CaseRecord(named.child().id(), user.unitId(), CaseType.FR_SNABBUPPLYSNING,
                request.receivedDate(), null, null, user.username(), clock.instant()));
        Snabbupplysning su = requests.save(new Snabbupplysning(saved.id(), request.court().strip(),
                request.caseNumber().strip(), request.receivedDate(), lastDay, user.username(), clock.instant()));
        named.parents().forEach(p -> parties.save(new SnabbupplysningParts.Party(su.id(), p.id(),
                SnabbupplysningParts.Party.PartyRole.FORALDER)));
        parties.save(new SnabbupplysningParts.Party(su.id(), named.child().id(),
                SnabbupplysningParts.Party.PartyRole.BARN));
        workflow.start(CaseType.FR_SNABBUPPLYSNING.processKey(), saved.id(), Map.of(CASE_ID, saved.id(), UNIT_ID,
                saved.unitId(), CASE_TYPE, saved.caseType().name(), COURT_DEADLINE,
                ProcessVariables.endOf(lastDay, clock.getZone())));
        audit.record(new AuditEvent(user.username(), AuditAction.CREATE, "ärende", saved.personId(), saved.id(),
                "Snabbupplysning registrerad, mål " + su.caseNumber()));
        return saved.toView();
    }

    /** Refuses (and logs) anyone but familjerätt before the request form is even shown. */
    public void requireRegistrar() {
        familyLaw.requireRegistrar(RESOURCE, null);
    }

    /** The snabbupplysning of a case, for its own unit; the reading is audited. */
    @Transactional // not read-only: its audit entry is written in the same transaction, on one connection
    public SnabbupplysningView view(long caseId) {
        CaseRecord caseRecord = caseAccess.require(caseId, Permission.CLIENT_FILE_READ, AuditAction.READ, RESOURCE,
                "Läser snabbupplysningen");
        return load(caseRecord);
    }

    /** Unchecked: for the steps and the letter, which run after CaseWork has checked the task. */
    SnabbupplysningView load(CaseRecord caseRecord) {
        Snabbupplysning su = ofCase(caseRecord.id());
        List<SnabbupplysningParts.Party> named = parties.findBySnabbupplysningIdOrderByIdAsc(su.id());
        Map<Long, PersonView> people = persons.getAll(named.stream().map(SnabbupplysningParts.Party::personId)
                .toList()).stream().collect(Collectors.toMap(PersonView::id, Function.identity()));
        List<SnabbupplysningView.Party> partyViews = named.stream().map(p -> new SnabbupplysningView.Party(
                p.personId(), p.role().name(), people.get(p.personId()).fullName(),
                people.get(p.personId()).personnummer())).toList();
        return su.toView(partyViews, occurrences.findBySnabbupplysningIdOrderByIdAsc(su.id()).stream()
                .map(SnabbupplysningParts.Found::toView).toList(),
                contacts.findBySnabbupplysningIdOrderByIdAsc(su.id()).stream()
                        .map(SnabbupplysningParts.Contact::toView).toList(), caseRecord.toView().reference());
    }

    Snabbupplysning ofCase(long caseId) {
        return requests.findByCaseId(caseId).orElseThrow(() -> new CaseRuleException(
                "Ärendet har ingen snabbupplysning."));
    }

    private record Parties(PersonView child, List<PersonView> parents) {
    }

    private Parties validate(NewSnabbupplysning r) {
        requireText(r.court(), FIELD_MAX, "court", "Domstol", "Ange vilken domstol som begär snabbupplysningen.");
        requireText(r.caseNumber(), CASE_NUMBER_MAX, "caseNumber", "Målnummer",
                "Ange domstolens målnummer, t.ex. T 1234-26.");
        if (r.receivedDate() == null) {
            throw FormRejectedException.field("receivedDate", "Begäran inkom", "Ange när domstolens begäran kom in.");
        }
        LocalDateRules.notInFuture(r.receivedDate(), LocalDate.now(clock), "receivedDate", "Begäran inkom");
        LocalDateRules.notBefore(r.courtDeadline(), r.receivedDate(), "courtDeadline", "Domstolens sista dag",
                "dagen då begäran kom in");
        PersonView child = person(r.childId(), "childId", "Barnet");
        LocalDate born = Personnummer.parse(child.personnummer()).birthDate();
        if (!born.plusYears(18).isAfter(r.receivedDate())) {
            throw FormRejectedException.field("childId", "Barnet", child.fullName()
                    + " var inte under 18 år när begäran kom in. En snabbupplysning gäller ett barn.");
        }
        return new Parties(child, parents(r, child));
    }

    private List<PersonView> parents(NewSnabbupplysning r, PersonView child) {
        if (r.parentIds() == null || r.parentIds().isEmpty() || r.parentIds().stream().anyMatch(Objects::isNull)) {
            throw FormRejectedException.field("parentIds", "Föräldrar", "Ange minst en förälder.");
        }
        LinkedHashSet<Long> distinct = new LinkedHashSet<>(r.parentIds());
        if (distinct.size() > 2 || distinct.size() < r.parentIds().size()) {
            throw FormRejectedException.field("parentIds", "Föräldrar", "Ange en eller två olika föräldrar.");
        }
        if (distinct.contains(child.id())) {
            throw FormRejectedException.field("parentIds", "Föräldrar", "Barnet kan inte också vara förälder.");
        }
        List<PersonView> found = new ArrayList<>();
        distinct.forEach(id -> found.add(person(id, "parentIds", "Föräldrar")));
        return found;
    }

    private PersonView person(Long id, String key, String label) {
        return person(persons, id, key, label);
    }

    /** A person from the registry named in a family-law request; a missing one is the field's Swedish 400. */
    static PersonView person(PersonService persons, Long id, String key, String label) {
        if (id == null) {
            throw FormRejectedException.field(key, label, "Ange personen.");
        }
        try {
            return persons.get(id);
        } catch (PersonNotFoundException e) {
            throw FormRejectedException.field(key, label, "Det finns ingen person med id " + id + ".");
        }
    }

    static void requireText(String text, int max, String key, String label, String missing) {
        if (text == null || text.isBlank()) {
            throw FormRejectedException.field(key, label, missing);
        }
        if (text.length() > max) {
            throw FormRejectedException.field(key, label, "Texten får vara högst " + max + " tecken.");
        }
    }
}
