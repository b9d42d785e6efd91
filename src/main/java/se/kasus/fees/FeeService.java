package se.kasus.fees;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.access.AccessControl;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.access.UserDirectory;
import se.kasus.access.UnitView;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;
import se.kasus.casework.DecidedServices;
import se.kasus.casework.MunicipalityProperties;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;
import se.kasus.registry.Personnummer;

/**
 * A client's fees: the avgiftsunderlag, the computation and the avgiftsbeslut. The user works in their own unit and
 * only on clients with a case there (sekretess between units, OSL 26 kap.); every reading and writing is audited.
 */
@Service
public class FeeService {

    static final String RESOURCE = "avgifter";
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");

    private final FeeBasisRepository bases;
    private final FeeDecisionRepository decisions;
    private final FeeTables tables;
    private final ServiceCostBasis costs;
    private final DecidedServices decided;
    private final PersonService persons;
    private final AccessControl access;
    private final AuditLog audit;
    private final UserDirectory directory;
    private final MunicipalityProperties municipality;
    private final FeeLetters letters;
    private final Clock clock;

    FeeService(FeeBasisRepository bases, FeeDecisionRepository decisions, FeeTables tables, ServiceCostBasis costs,
            DecidedServices decided, PersonService persons, AccessControl access, AuditLog audit,
            UserDirectory directory, MunicipalityProperties municipality, FeeLetters letters, Clock clock) {
        this.bases = bases;
        this.decisions = decisions;
        this.tables = tables;
        this.costs = costs;
        this.decided = decided;
        this.persons = persons;
        this.access = access;
        this.audit = audit;
        this.directory = directory;
        this.municipality = municipality;
        this.letters = letters;
        this.clock = clock;
    }

    /** The client's underlag, the computation for {@code month} and the decisions. */
    @Transactional
    public FeeOverview overview(long personId, YearMonth month) {
        KasusUser user = requireClient(Permission.FEE_READ, personId);
        PersonView person = shown(persons.get(personId));
        List<FeeBasisView> all = bases.findByPersonIdAndUnitIdOrderByValidFromDescIdDesc(personId, user.unitId())
                .stream().map(FeeBasis::toView).toList();
        FeeCalculation calculation = null;
        String missing = null;
        if (tables.forMonth(month).isEmpty()) {
            missing = noTable(month);
        } else {
            try {
                Optional<FeeCalculation> computed = compute(personId, user.unitId(), month);
                calculation = computed.orElse(null);
                missing = computed.isPresent() ? null : "Det finns inget avgiftsunderlag för " + month + ".";
            } catch (FeeRejectedException e) { // e.g. performed time not yet attested: the page says so, and stays
                missing = e.getMessage();
            }
        }
        List<FeeDecisionView> made = decisions.findByPersonIdAndUnitIdOrderByIdDesc(personId, user.unitId()).stream()
                .map(FeeDecision::toView).toList();
        audit.record(new AuditEvent(user.username(), AuditAction.READ, RESOURCE, personId, null, "Avgifter " + month));
        return new FeeOverview(person, month, all, calculation, missing, made);
    }

    /** Registers a new underlag from a month on; it supersedes earlier ones from that month. */
    @Transactional
    public FeeBasisView registerBasis(long personId, NewFeeBasis input) {
        KasusUser user = requireClient(Permission.FEE_WRITE, personId);
        validate(input);
        FeeBasis basis = bases.save(new FeeBasis(personId, user.unitId(), input, user.username(), now()));
        audit.record(new AuditEvent(user.username(), AuditAction.CREATE, RESOURCE + "/underlag/" + basis.id(),
                personId, null, "Avgiftsunderlag från " + input.fromMonth()));
        return basis.toView();
    }

    /** The fee for a month, computed from the underlag in force and the decided insatser. */
    @Transactional
    public FeeCalculation calculate(long personId, YearMonth month) {
        KasusUser user = requireClient(Permission.FEE_READ, personId);
        FeeCalculation calculation = requireCalculation(personId, user.unitId(), month);
        audit.record(new AuditEvent(user.username(), AuditAction.READ, RESOURCE + "/berakning", personId, null,
                "Avgiftsberäkning " + month));
        return calculation;
    }

    /**
     * Makes an avgiftsbeslut for the month: the computation, a standard motivering (and the caseworker's addition),
     * lagrum and överklagandehänvisning, and its letter, stored together.
     */
    @Transactional
    public FeeDecisionView decide(long personId, YearMonth month, String addition) {
        KasusUser user = requireClient(Permission.FEE_WRITE, personId);
        if (addition != null && addition.length() > 2000) {
            throw new FeeRejectedException("Beslutet innehåller fel.", List.of(new FieldProblem("motivering",
                    "Motivering", "Motiveringen får vara högst 2000 tecken.")));
        }
        FeeCalculation calculation = requireCalculation(personId, user.unitId(), month);
        String unitName = directory.unit(user.unitId()).map(UnitView::name).orElse(user.unitId());
        String motivation = motivation(calculation, addition,
                tables.municipal().avgiftsgrund() == FeeTables.FeeBasisRule.UTFORD_TID);
        String appeal = appealText(unitName);
        FeeDecision decision = new FeeDecision(personId, user.unitId(), calculation, motivation,
                tables.beslut().lagrum(), appeal, user.username(), now());
        decision.attachLetter(letters.render(persons.get(personId).withoutAddress(), municipality.name(), unitName,
                calculation, motivation, tables.beslut().lagrum(), appeal, user.displayName(),
                LocalDate.now(clock)));
        decision = decisions.save(decision);
        audit.record(new AuditEvent(user.username(), AuditAction.CREATE, RESOURCE + "/beslut/" + decision.id(),
                personId, null, "Avgiftsbeslut " + month));
        return decision.toView();
    }

    /** {@link #decide(long, YearMonth, String)} for a month as typed: access is checked before the text is read. */
    @Transactional
    public FeeDecisionView decide(long personId, String month, String addition) {
        requireClient(Permission.FEE_WRITE, personId);
        return decide(personId, FeeMonth.parse(month), addition);
    }

    /** The stored letter of a decision. */
    @Transactional
    public byte[] letter(long decisionId) {
        KasusUser user = access.require(Permission.FEE_READ, RESOURCE + "/beslut/" + decisionId);
        FeeDecision decision = decisions.findById(decisionId)
                .orElseThrow(() -> new FeeRejectedException("Avgiftsbeslutet finns inte."));
        access.requireInUnit(Permission.FEE_READ, decision.unitId(), RESOURCE + "/beslut/" + decisionId,
                decision.personId(), null);
        audit.record(new AuditEvent(user.username(), AuditAction.READ, RESOURCE + "/beslut/" + decisionId + "/brev",
                decision.personId(), null, "Avgiftsbeslut, brev"));
        return decision.letter();
    }

    /** The computation for the run: no access check or audit here, the run does both for the whole unit. */
    Optional<FeeCalculation> compute(long personId, String unitId, YearMonth month) {
        FeeTables.YearTable table = tables.forMonth(month).orElseThrow(() -> new FeeRejectedException(noTable(month)));
        return bases.findFirstByPersonIdAndUnitIdAndValidFromLessThanEqualOrderByValidFromDescIdDesc(personId, unitId,
                        month.atDay(1))
                .map(basis -> FeeCalculator.calculate(month, table, tables.municipal().under65(), basis,
                        birthDate(personId), costs.costOf(personId, unitId, month)));
    }

    Optional<FeeTables.YearTable> tablesFor(YearMonth month) {
        return tables.forMonth(month);
    }

    private FeeCalculation requireCalculation(long personId, String unitId, YearMonth month) {
        if (month == null) {
            throw new FeeRejectedException("Ange månad (ÅÅÅÅ-MM).");
        }
        return compute(personId, unitId, month).orElseThrow(() -> new FeeRejectedException(
                "Det finns inget avgiftsunderlag för " + month + "."));
    }

    private LocalDate birthDate(long personId) {
        return Personnummer.parse(persons.get(personId).personnummer()).birthDate();
    }

    static String noTable(YearMonth month) {
        return "Det finns ingen avgiftstabell för " + month + ".";
    }

    /**
     * The client must exist and have a case in the user's unit, where the user has the permission. A person who
     * does not exist is bad input (400); one who exists elsewhere is refused like any other unit's client.
     */
    private KasusUser requireClient(Permission permission, long personId) {
        KasusUser user = access.currentUser();
        boolean exists = !persons.getAll(List.of(personId)).isEmpty();
        if (!access.may(user, permission)) {
            access.refuse(user, RESOURCE, exists ? personId : null, null, "Saknar behörighet " + permission);
        }
        if (!exists) {
            throw new FeeRejectedException("Personen finns inte i personregistret.");
        }
        if (user.unitId() == null || !decided.unitsOf(personId).contains(user.unitId())) {
            access.refuse(user, RESOURCE, personId, null, "Inget ärende i användarens enhet");
        }
        access.requireInUnit(permission, user.unitId(), RESOURCE, personId, null);
        return user;
    }

    private void validate(NewFeeBasis input) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.fromMonth() == null) {
            problems.add(new FieldProblem("fromMonth", "Gäller från månad", "Ange månad (ÅÅÅÅ-MM)."));
        } else if (tables.forMonth(input.fromMonth()).isEmpty()) {
            problems.add(new FieldProblem("fromMonth", "Gäller från månad", noTable(input.fromMonth())));
        }
        if (input.household() == null) {
            problems.add(new FieldProblem("household", "Hushåll", "Ange hushåll."));
        }
        amount(problems, "incomePension", "Pension efter skatt", input.incomePension(), true);
        amount(problems, "incomeBostadstillagg", "Bostadstillägg", input.incomeBostadstillagg(), true);
        amount(problems, "incomeOther", "Övrig nettoinkomst", input.incomeOther(), true);
        amount(problems, "spouseIncome", "Makes/sambos nettoinkomst", input.spouseIncome(), false);
        amount(problems, "housingCost", "Boendekostnad", input.housingCost(), true);
        amount(problems, "minimumRaise", "Individuellt tillägg", input.minimumRaise(), false);
        if (input.household() == Household.ENSAMSTAENDE && input.spouseIncomeOrZero().signum() != 0) {
            problems.add(new FieldProblem("spouseIncome", "Makes/sambos nettoinkomst",
                    "En ensamstående har ingen make eller sambo: lämna fältet tomt."));
        }
        boolean raised = input.minimumRaise() != null && input.minimumRaise().signum() > 0;
        String reason = input.minimumRaiseReason();
        if (raised && (reason == null || reason.isBlank())) {
            problems.add(new FieldProblem("minimumRaiseReason", "Skäl för tillägget",
                    "Ange skälet till det individuella tillägget (varaktigt behov)."));
        }
        if (reason != null && reason.length() > 1000) {
            problems.add(new FieldProblem("minimumRaiseReason", "Skäl för tillägget",
                    "Skälet får vara högst 1000 tecken."));
        }
        if (!problems.isEmpty()) {
            throw new FeeRejectedException("Avgiftsunderlaget innehåller fel.", problems);
        }
    }

    private static void amount(List<FieldProblem> problems, String key, String label, BigDecimal value,
            boolean required) {
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(key, label, "Ange ett belopp i kronor (0 om inget)."));
            }
        } else if (value.signum() < 0) {
            problems.add(new FieldProblem(key, label, "Beloppet får inte vara negativt."));
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(key, label, "Ange beloppet i kronor med högst två decimaler (ören)."));
        } else if (value.compareTo(MAX_AMOUNT) >= 0) {
            problems.add(new FieldProblem(key, label, "Beloppet är orimligt stort för en månad."));
        }
    }

    private static String motivation(FeeCalculation calculation, String addition, boolean performedTime) {
        FeeAmounts a = calculation.amounts();
        StringBuilder text = new StringBuilder("Avgiften för " + FeeLetters.monthName(calculation.month())
                + " är det lägsta av kostnaden för dina insatser (" + Money.format(a.serviceCost()) + ", "
                + (performedTime ? "efter den tid som utförts hos dig och attesterats" : "efter beslutad omfattning")
                + "), ditt avgiftsutrymme (" + Money.format(a.feeRoom()) + ") och maxtaxan ("
                + Money.format(a.maxtaxa()) + "). Avgiftsutrymmet är din inkomst efter skatt minus förbehållsbeloppet,"
                + " det vill säga minimibeloppet och din boendekostnad.");
        if (a.feeRoom().signum() == 0) {
            text.append(" Du har inget avgiftsutrymme och betalar därför ingen avgift.");
        } else if (a.serviceCost().signum() == 0) {
            text.append(performedTime ? " Ingen utförd tid har attesterats för månaden, så du betalar ingen avgift."
                    : " Du har inga avgiftsbelagda insatser för månaden och betalar därför ingen avgift.");
        }
        if (addition != null && !addition.isBlank()) {
            text.append(' ').append(addition.strip());
        }
        return text.toString();
    }

    private String appealText(String unitName) {
        return "Du kan överklaga beslutet till förvaltningsrätten (" + tables.beslut().overklagandeLagrum() + ")."
                + " Skicka överklagandet till " + unitName + ", " + municipality.name() + ", inte direkt till"
                + " domstolen. Det måste ha kommit in inom tre veckor från den dag du fick del av beslutet. Skriv vilket"
                + " beslut du överklagar, vilken ändring du vill ha och varför. Vi hjälper dig gärna.";
    }

    /** Skyddad identitet: the address is never shown. */
    private static PersonView shown(PersonView person) {
        return person.protectedIdentity() ? person.withoutAddress() : person;
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
