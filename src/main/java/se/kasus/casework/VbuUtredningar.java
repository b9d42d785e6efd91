package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.CASE_ID;
import static se.kasus.casework.ProcessVariables.CASE_TYPE;
import static se.kasus.casework.ProcessVariables.COURT_DEADLINE;
import static se.kasus.casework.ProcessVariables.PARENT_COUNT;
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
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;
import se.kasus.engine.Workflow;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;
import se.kasus.registry.Personnummer;

/**
 * Familjerätt's vårdnads-, boende- och umgängesutredning (FB 6 kap. 19 §): registers the court's uppdrag, opening a
 * case about the child and starting familjeratt-vbu-utredning in one transaction, and shows it to its own unit.
 */
@Service
public class VbuUtredningar {

    static final String RESOURCE = "vbu-utredning";
    private static final int FIELD_MAX = 200;
    private static final int CASE_NUMBER_MAX = 64;

    private final VbuUtredningRepository utredningar;
    private final VbuParentRepository parents;
    private final CaseRepository cases;
    private final CaseAccess caseAccess;
    private final PersonService persons;
    private final FamilyLawAccess familyLaw;
    private final AuditLog audit;
    private final Workflow workflow;
    private final Clock clock;

    VbuUtredningar(VbuUtredningRepository utredningar, VbuParentRepository parents, CaseRepository cases,
            CaseAccess caseAccess, PersonService persons, FamilyLawAccess familyLaw, AuditLog audit, Workflow workflow,
            Clock clock) {
        this.utredningar = utredningar;
        this.parents = parents;
        this.cases = cases;
        this.caseAccess = caseAccess;
        this.persons = persons;
        this.familyLaw = familyLaw;
        this.audit = audit;
        this.workflow = workflow;
        this.clock = clock;
    }

    /**
     * Registers the court's uppdrag and starts the process; every task is due when the court's last day ends.
     *
     * @throws FormRejectedException when a field breaks the rules (nothing is saved)
     */
    @Transactional
    public CaseView register(NewVbuUtredning request) {
        KasusUser user = familyLaw.requireRegistrar(RESOURCE, request.childId());
        List<VbuQuestion> questions = questions(request.questions());
        Named named = validate(request);
        LocalDate today = LocalDate.now(clock);
        CaseRecord saved = cases.save(new CaseRecord(named.child().id(), user.unitId(), CaseType.FR_VBU_UTREDNING,
                today, null, null, user.username(), clock.instant()));
        VbuUtredning u = utredningar.save(new VbuUtredning(saved.id(), request.court().strip(),
                request.caseNumber().strip(), questions, request.courtDeadline(), user.username(), clock.instant()));
        named.parents().forEach(p -> parents.save(new VbuParent(u.id(), p.id())));
        workflow.start(CaseType.FR_VBU_UTREDNING.processKey(), saved.id(), Map.of(CASE_ID, saved.id(), UNIT_ID,
                saved.unitId(), CASE_TYPE, saved.caseType().name(), PARENT_COUNT, named.parents().size(),
                COURT_DEADLINE, ProcessVariables.endOf(request.courtDeadline(), clock.getZone())));
        audit.record(new AuditEvent(user.username(), AuditAction.CREATE, "ärende", saved.personId(), saved.id(),
                "Vårdnads-, boende- och umgängesutredning registrerad, mål " + u.caseNumber()));
        return saved.toView();
    }

    /** Refuses (and logs) anyone but familjerätt before the uppdrag form is even shown. */
    public void requireRegistrar() {
        familyLaw.requireRegistrar(RESOURCE, null);
    }

    /** The utredning of a case, for its own unit; the reading is audited. */
    @Transactional // not read-only: its audit entry is written in the same transaction, on one connection
    public VbuUtredningView view(long caseId) {
        CaseRecord caseRecord = caseAccess.require(caseId, Permission.CLIENT_FILE_READ, AuditAction.READ, RESOURCE,
                "Läser vårdnads-, boende- och umgängesutredningen");
        return load(caseRecord);
    }

    /** Unchecked: for the steps and the report, which run after CaseWork has checked the task. */
    VbuUtredningView load(CaseRecord caseRecord) {
        VbuUtredning u = ofCase(caseRecord.id());
        List<VbuParent> named = parents.findByUtredningIdOrderByIdAsc(u.id());
        Map<Long, PersonView> people = persons.getAll(Stream.concat(Stream.of(caseRecord.personId()),
                named.stream().map(VbuParent::personId)).toList()).stream()
                .collect(Collectors.toMap(PersonView::id, Function.identity(), (a, b) -> a));
        PersonView child = people.get(caseRecord.personId());
        return u.toView(caseRecord.toView().reference(), new VbuUtredningView.Person(child.id(), child.fullName(),
                child.personnummer()), named.stream().map(p -> p.toView(people.get(p.personId()).fullName(),
                        people.get(p.personId()).personnummer())).toList());
    }

    VbuUtredning ofCase(long caseId) {
        return utredningar.findByCaseId(caseId).orElseThrow(() -> new CaseRuleException(
                "Ärendet har ingen vårdnads-, boende- och umgängesutredning."));
    }

    List<VbuParent> parentsOf(VbuUtredning u) {
        return parents.findByUtredningIdOrderByIdAsc(u.id());
    }

    private record Named(PersonView child, List<PersonView> parents) {
    }

    private Named validate(NewVbuUtredning r) {
        Snabbupplysningar.requireText(r.court(), FIELD_MAX, "court", "Domstol", "Ange vilken domstol som gett uppdraget.");
        Snabbupplysningar.requireText(r.caseNumber(), CASE_NUMBER_MAX, "caseNumber", "Målnummer",
                "Ange domstolens målnummer, t.ex. T 1234-26.");
        LocalDate today = LocalDate.now(clock);
        if (r.courtDeadline() == null) {
            throw FormRejectedException.field("courtDeadline", "Domstolens sista dag",
                    "Ange dagen då domstolen senast ska ha utredningen.");
        }
        if (!r.courtDeadline().isAfter(today)) {
            throw FormRejectedException.field("courtDeadline", "Domstolens sista dag",
                    "Domstolens sista dag måste vara efter i dag.");
        }
        PersonView child = Snabbupplysningar.person(persons, r.childId(), "childId", "Barnet");
        LocalDate born = Personnummer.parse(child.personnummer()).birthDate();
        if (!born.plusYears(18).isAfter(today)) {
            throw FormRejectedException.field("childId", "Barnet", child.fullName()
                    + " är inte under 18 år. En vårdnads-, boende- eller umgängesutredning gäller ett barn.");
        }
        return new Named(child, parents(r, child));
    }

    private List<PersonView> parents(NewVbuUtredning r, PersonView child) {
        if (r.parentIds() == null || r.parentIds().stream().anyMatch(Objects::isNull)
                || new LinkedHashSet<>(r.parentIds()).size() != 2 || r.parentIds().size() != 2) {
            throw FormRejectedException.field("parentIds", "Föräldrar", "Ange barnets två föräldrar, två olika personer.");
        }
        if (r.parentIds().contains(child.id())) {
            throw FormRejectedException.field("parentIds", "Föräldrar", "Barnet kan inte också vara förälder.");
        }
        List<PersonView> found = new ArrayList<>();
        r.parentIds().forEach(id -> found.add(Snabbupplysningar.person(persons, id, "parentIds", "Föräldrar")));
        return found;
    }

    private static List<VbuQuestion> questions(List<String> asked) {
        if (asked == null || asked.isEmpty()) {
            throw FormRejectedException.field("questions", "Uppdraget gäller",
                    "Ange vad domstolen vill ha utrett: vårdnad, boende och/eller umgänge.");
        }
        LinkedHashSet<VbuQuestion> distinct = new LinkedHashSet<>();
        for (String q : asked) {
            VbuQuestion question = Stream.of(VbuQuestion.values())
                    .filter(v -> v.name().equals(q)).findFirst().orElseThrow(() -> FormRejectedException.field(
                            "questions", "Uppdraget gäller", "Okänd fråga: " + q
                                    + ". Välj VARDNAD, BOENDE eller UMGANGE."));
            distinct.add(question);
        }
        return List.copyOf(distinct);
    }
}
