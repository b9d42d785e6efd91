package se.kasus.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.access.AccessControl;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.audit.AuditAction;
import se.kasus.registry.PersonNotFoundException;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;
import se.kasus.registry.Personnummer;

/**
 * Ekonomiskt bistånd (SoL (2025:400) 12 kap.): registers an ansökan for one month with its household and shows a
 * case's calculation. The process (ekb-bistand) does the rest, step by step.
 */
@Service
public class EkbService {

    private static final int MAX_CHILDREN = 15;

    private final AccessControl access;
    private final CaseAccess caseAccess;
    private final CaseIntake intake;
    private final PersonService persons;
    private final EkbCalculator calculator;
    private final EkbApplicationRepository applications;
    private final EkbHouseholdMemberRepository members;
    private final EkbInvestigationRepository investigations;
    private final EkbCalculationRepository calculations;
    private final EkbPaymentRepository payments;
    private final Clock clock;

    EkbService(AccessControl access, CaseAccess caseAccess, CaseIntake intake, PersonService persons,
            EkbCalculator calculator, EkbApplicationRepository applications, EkbHouseholdMemberRepository members,
            EkbInvestigationRepository investigations, EkbCalculationRepository calculations,
            EkbPaymentRepository payments, Clock clock) {
        this.access = access;
        this.caseAccess = caseAccess;
        this.intake = intake;
        this.persons = persons;
        this.calculator = calculator;
        this.applications = applications;
        this.members = members;
        this.investigations = investigations;
        this.calculations = calculations;
        this.payments = payments;
        this.clock = clock;
    }

    /** A member of the household as a screen shows it. */
    public record Member(long personId, String name, String role, Integer age) {
    }

    /** An EKB case's month, household, latest calculation (none before the utredning) and payments. */
    public record EkbCaseView(long caseId, String reference, YearMonth month, List<Member> household,
            EkbCalculator.Result calculation, List<Payment> payments) {
    }

    public record Payment(YearMonth month, int amount, LocalDate paymentDate) {
    }

    /** Aktualisering: validates the whole ansökan before anything is written, then opens the case and its process. */
    @Transactional
    public CaseView register(NewEkbApplication application) {
        KasusUser user = access.currentUser();
        access.requireInUnit(Permission.CASE_CREATE, user.unitId(), "ärende", application.personId(), null);
        validate(application);
        CaseRecord opened = intake.open(new CaseRecord(application.personId(), user.unitId(),
                CaseType.EKONOMISKT_BISTAND, application.receivedDate(), ServiceType.FORSORJNINGSSTOD,
                CaseIntake.blankToNull(application.description()), user.username(), clock.instant()), user);
        EkbApplication saved = applications.save(new EkbApplication(opened.id(), application.month(),
                user.username(), clock.instant()));
        if (application.partnerPersonId() != null) {
            members.save(new EkbHouseholdMember(saved.id(), application.partnerPersonId(), EkbMemberRole.PARTNER,
                    false));
        }
        children(application).forEach(c -> members.save(new EkbHouseholdMember(saved.id(), c.personId(),
                EkbMemberRole.BARN, c.preschoolLunch())));
        return opened.toView();
    }

    /** Refuses a user who may not register an ansökan before the page is even shown. */
    public void requireMayApply() {
        access.require(Permission.CASE_CREATE, "ärende");
    }

    /**
     * A household member named by personnummer on the page: the person's id, or a Swedish field error. Checked for the
     * right to register first, so nobody probes the registry through this form.
     */
    public long householdMember(String personnummer, String key, String label) {
        requireMayApply();
        try {
            return persons.findByPersonnummer(personnummer).map(PersonView::id).orElseThrow(() ->
                    FormRejectedException.field(key, label, personnummer + " finns inte i personregistret."));
        } catch (se.kasus.registry.InvalidPersonnummerException e) {
            throw FormRejectedException.field(key, label, personnummer + ": " + e.getMessage());
        }
    }

    /** The case's calculation for the client file and the API; a read of client data, so checked and logged. */
    @Transactional
    public EkbCaseView view(long caseId) {
        CaseRecord caseRecord = caseAccess.require(caseId, Permission.CLIENT_FILE_READ, AuditAction.READ,
                "ekonomiskt bistånd", "Läser beräkningen av ekonomiskt bistånd");
        EkbApplication application = applications.findByCaseId(caseId)
                .orElseThrow(() -> new CaseNotFoundException(caseId));
        List<Member> household = new ArrayList<>();
        for (EkbHouseholdMember m : members.findByApplicationIdOrderByIdAsc(application.id())) {
            PersonView p = persons.get(m.personId());
            household.add(new Member(p.id(), p.fullName(), m.role().label(),
                    m.role() == EkbMemberRole.BARN ? ageIn(p, application.month()) : null));
        }
        EkbCalculator.Result calculation = investigations.findFirstByCaseIdOrderByIdDesc(caseId)
                .map(i -> calculate(application, i)).orElse(null);
        List<Payment> paid = payments.findByCaseIdOrderByIdAsc(caseId).stream()
                .map(p -> new Payment(p.month(), p.amount(), p.paymentDate())).toList();
        return new EkbCaseView(caseId, caseRecord.toView().reference(), application.month(), household, calculation,
                paid);
    }

    /** The month's calculation from an utredning: the household as registered, aged on the month's first day. */
    EkbCalculator.Result calculate(long caseId, EkbInvestigation investigation) {
        EkbApplication application = applications.findByCaseId(caseId)
                .orElseThrow(() -> new CaseRuleException("Ärendet saknar ansökan om ekonomiskt bistånd."));
        return calculate(application, investigation);
    }

    private EkbCalculator.Result calculate(EkbApplication application, EkbInvestigation investigation) {
        boolean cohabiting = false;
        List<EkbCalculator.Child> children = new ArrayList<>();
        for (EkbHouseholdMember m : members.findByApplicationIdOrderByIdAsc(application.id())) {
            if (m.role() == EkbMemberRole.PARTNER) {
                cohabiting = true;
            } else {
                children.add(new EkbCalculator.Child(ageIn(persons.get(m.personId()), application.month()),
                        m.preschoolLunch()));
            }
        }
        return calculator.calculate(application.month(), new EkbCalculator.Household(cohabiting, children),
                investigation.costs(), investigation.income());
    }

    Optional<YearMonth> monthOf(long caseId) {
        return applications.findByCaseId(caseId).map(EkbApplication::month);
    }

    private void validate(NewEkbApplication a) {
        requirePerson(a.personId(), "personId", "Sökande");
        if (a.receivedDate() == null) {
            throw FormRejectedException.field("receivedDate", "Ansökan inkom", "Ange när ansökan kom in.");
        }
        LocalDateRules.notInFuture(a.receivedDate(), LocalDate.now(clock), "receivedDate", "Ansökan inkom");
        validateMonth(a);
        if (a.description() != null && a.description().length() > 4000) {
            throw FormRejectedException.field("description", "Beskrivning", "Texten får vara högst 4000 tecken.");
        }
        Set<Long> seen = new HashSet<>(Set.of(a.personId()));
        if (a.partnerPersonId() != null) {
            requirePerson(a.partnerPersonId(), "partnerPersonId", "Make, maka eller sambo");
            requireOnce(seen, a.partnerPersonId(), "partnerPersonId", "Make, maka eller sambo");
        }
        List<NewEkbApplication.Child> children = children(a);
        if (children.size() > MAX_CHILDREN) {
            throw FormRejectedException.field("children", "Barn i hushållet", "Högst 15 barn kan anges.");
        }
        for (NewEkbApplication.Child child : children) {
            PersonView p = requirePerson(child.personId(), "children", "Barn i hushållet");
            requireOnce(seen, child.personId(), "children", "Barn i hushållet");
            int age = ageIn(p, a.month());
            if (age < 0 || age > EkbCalculator.OLDEST_CHILD) {
                throw FormRejectedException.field("children", "Barn i hushållet", p.fullName() + " är " + age
                        + " år och räknas inte som barn i hushållet; en vuxen söker på egen hand.");
            }
        }
    }

    /**
     * A month is applied for when it comes or has just begun: the month before the ansökan came in through the month
     * after it. Later months are new ansökningar, and a month without a riksnorm in Kasus cannot be calculated.
     */
    private void validateMonth(NewEkbApplication a) {
        if (a.month() == null) {
            throw FormRejectedException.field("month", "Månad", "Ange vilken månad ansökan gäller.");
        }
        YearMonth received = YearMonth.from(a.receivedDate());
        if (a.month().isBefore(received.minusMonths(1)) || a.month().isAfter(received.plusMonths(1))) {
            throw FormRejectedException.field("month", "Månad", "Ansökan kan gälla månaden innan den kom in, samma"
                    + " månad eller månaden efter. En senare månad söks med en ny ansökan.");
        }
        if (!calculator.covers(a.month())) {
            throw FormRejectedException.field("month", "Månad", "Riksnormen för " + a.month().getYear()
                    + " finns inte i Kasus, så ansökan kan inte beräknas.");
        }
    }

    private PersonView requirePerson(Long personId, String key, String label) {
        try {
            return persons.get(personId);
        } catch (PersonNotFoundException e) {
            throw FormRejectedException.field(key, label, "Personen finns inte i personregistret.");
        }
    }

    private static void requireOnce(Set<Long> seen, long personId, String key, String label) {
        if (!seen.add(personId)) {
            throw FormRejectedException.field(key, label, "Samma person kan bara anges en gång i hushållet.");
        }
    }

    private static List<NewEkbApplication.Child> children(NewEkbApplication a) {
        return a.children() == null ? List.of() : a.children();
    }

    /** Age in whole years on the first day of the month applied for. */
    private int ageIn(PersonView person, YearMonth month) {
        LocalDate born = Personnummer.parse(person.personnummer(), LocalDate.now(clock).plusYears(1)).birthDate();
        return Period.between(born, month.atDay(1)).getYears();
    }
}
