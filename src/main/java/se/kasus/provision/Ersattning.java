package se.kasus.provision;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;
import se.kasus.casework.MunicipalityProperties;
import se.kasus.casework.NotFoundException;
import se.kasus.casework.ServiceOrders;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/**
 * The ersättningsunderlag of a provider's month, its attestation, and what is made from it (PDF, CSV, the
 * ekonomisystem's file, the reconciliation against the provider's invoice). Every output is audited.
 */
@Service
public class Ersattning {

    static final String RESOURCE = "ersattning";

    private final VisitRepository visits;
    private final PeriodAttestationRepository attestations;
    private final ServiceOrders orders;
    private final Periods periods;
    private final ProviderAccess providerAccess;
    private final AuditLog audit;
    private final PersonService persons;
    private final ErsattningRules config;
    private final MunicipalityProperties municipality;
    private final java.time.Clock clock;

    Ersattning(VisitRepository visits, PeriodAttestationRepository attestations, ServiceOrders orders,
            Periods periods, ProviderAccess providerAccess, AuditLog audit, PersonService persons,
            ErsattningRules config, MunicipalityProperties municipality, java.time.Clock clock) {
        this.visits = visits;
        this.attestations = attestations;
        this.orders = orders;
        this.periods = periods;
        this.providerAccess = providerAccess;
        this.audit = audit;
        this.persons = persons;
        this.config = config;
        this.municipality = municipality;
        this.clock = clock;
    }

    /** The underlag as it stands: preliminary while open, fixed once attested or locked. */
    @Transactional // not read-only: its audit entry is written in the same transaction, on one connection
    public Underlag underlag(String providerId, YearMonth month) {
        KasusUser user = providerAccess.requireProvider(Permission.REIMBURSEMENT_READ, providerId,
                resource(providerId, month));
        Underlag underlag = compute(requireKnown(providerId), month);
        audit.record(new AuditEvent(user.username(), AuditAction.READ, resource(providerId, month), null, null,
                "Ersättningsunderlag " + providerId + " " + month + ": " + underlag.groups().size() + " insatser"));
        return underlag;
    }

    /** The municipality approves the month: from now on its visits no longer change. */
    @Transactional
    public Underlag attest(String providerId, YearMonth month) {
        KasusUser user = providerAccess.requireProvider(Permission.REIMBURSEMENT_ATTEST, providerId,
                resource(providerId, month));
        requireKnown(providerId);
        if (periods.attestation(providerId, month).isPresent()) {
            throw new PeriodClosedException("Perioden " + month + " är redan attesterad.");
        }
        if (!month.isBefore(YearMonth.from(periods.today()))) {
            throw new PeriodClosedException("Perioden " + month + " kan attesteras först när månaden är slut.");
        }
        Underlag underlag = compute(providerId, month);
        if (underlag.runningVisits() > 0) {
            throw new PeriodClosedException(underlag.runningVisits() + " besök i perioden pågår fortfarande. "
                    + "Utföraren måste avsluta eller korrigera dem före attest.");
        }
        attestations.save(new PeriodAttestation(providerId, month.toString(), user.username(), clock.instant(),
                underlag.total()));
        audit.record(new AuditEvent(user.username(), AuditAction.UPDATE, resource(providerId, month), null, null,
                "Attesterat ersättningsunderlag " + providerId + " " + month + ", summa " + underlag.total()));
        return compute(providerId, month);
    }

    /** Audits an export of the underlag (PDF, CSV, the ekonomisystem's file) and returns what to export. */
    @Transactional // not read-only: its audit entry is written in the same transaction, on one connection
    public Underlag forExport(String providerId, YearMonth month, String format, boolean requireAttested) {
        Permission permission = requireAttested ? Permission.REIMBURSEMENT_ATTEST : Permission.REIMBURSEMENT_READ;
        KasusUser user = providerAccess.requireProvider(permission, providerId, resource(providerId, month));
        Underlag underlag = compute(requireKnown(providerId), month);
        if (requireAttested && !underlag.attested()) {
            throw new PeriodClosedException("Perioden " + month + " är inte attesterad; den kan inte exporteras "
                    + "till ekonomisystemet förrän den är det.");
        }
        audit.record(new AuditEvent(user.username(), AuditAction.EXPORT, resource(providerId, month), null, null,
                "Ersättningsunderlag " + providerId + " " + month + " som " + format + ", summa "
                        + underlag.total()));
        return underlag;
    }

    /** The provider's invoice set against the underlag, per order (client and insats) and in total. */
    @Transactional // not read-only: its audit entry is written in the same transaction, on one connection
    public Reconciliation reconcile(String providerId, YearMonth month, Reconciliation.Invoice invoice) {
        KasusUser user = providerAccess.requireProvider(Permission.REIMBURSEMENT_ATTEST, providerId,
                resource(providerId, month));
        Underlag underlag = compute(requireKnown(providerId), month);
        Reconciliation result = Reconciliation.of(underlag, invoice);
        audit.record(new AuditEvent(user.username(), AuditAction.READ, resource(providerId, month), null, null,
                "Avstämning mot faktura " + providerId + " " + month + ": " + result.differences().size()
                        + " avvikelser"));
        return result;
    }

    Underlag compute(String providerId, YearMonth month) {
        Pricing pricing = new Pricing(config);
        List<Visit> rows = visits.findByProviderIdAndPeriodOrderByIdAsc(providerId, month.toString());
        List<ServiceOrders.RunningOrder> dayOrders = orders.runningForProvider(providerId, month).stream()
                .filter(o -> ErsattningRules.Basis.of(o.serviceType()) == ErsattningRules.Basis.DAY).toList();
        List<Long> personIds = new ArrayList<>(rows.stream().map(v -> v.toView().personId()).toList());
        dayOrders.forEach(o -> personIds.add(o.personId()));
        Map<Long, PersonView> people = persons.getAll(personIds.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(PersonView::id, Function.identity()));
        List<Underlag.Line> lines = new ArrayList<>();
        int running = 0;
        for (Visit visit : rows) {
            VisitView v = visit.toView();
            if (v.replaced()) {
                continue;
            }
            if (v.status() == VisitStatus.PAGAR) {
                running++;
                continue;
            }
            lines.add(line(pricing, v, name(people.get(v.personId()))));
        }
        for (ServiceOrders.RunningOrder o : dayOrders) {
            lines.add(dayLine(pricing, o, month, name(people.get(o.personId()))));
        }
        lines.removeIf(l -> l == null);
        List<Underlag.Group> groups = groups(lines);
        BigDecimal total = lines.stream().map(Underlag.Line::amount).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
        var attestation = periods.attestation(providerId, month);
        String status = attestation.isPresent() ? (periods.locked(month) ? "ATTESTERAD, LÅST" : "ATTESTERAD")
                : periods.locked(month) ? "LÅST" : "ÖPPEN";
        return new Underlag(providerId, providerName(providerId), month, status, periods.lockDate(month),
                attestation.map(PeriodAttestation::attestedBy).orElse(null),
                attestation.map(PeriodAttestation::attestedAt).orElse(null), lines, groups, total, running);
    }

    private Underlag.Line line(Pricing pricing, VisitView v, String client) {
        Priced priced = price(pricing, v);
        Integer planned = minutes(v.plannedStart(), v.plannedStop());
        Integer performed = minutes(v.performedStart(), v.performedStop());
        LocalDate day = (v.kind() == VisitKind.LEVERANS) ? v.deliveryDate()
                : (v.performedStart() != null ? v.performedStart() : v.plannedStart()).atZone(config.zone())
                        .toLocalDate();
        if (v.adjustsId() == null) {
            return new Underlag.Line(v.id(), v.orderId(), v.caseId(), v.personId(), client, v.serviceType(), day,
                    what(v), planned, performed, priced.quantity(), priced.unit(), priced.amount(), false,
                    priced.note());
        }
        VisitView base = visits.findById(v.adjustsId()).orElseThrow().toView();
        Priced before = price(pricing, base);
        return new Underlag.Line(v.id(), v.orderId(), v.caseId(), v.personId(), client, v.serviceType(), day,
                "Justering: " + what(v), planned, performed, priced.quantity() - before.quantity(), priced.unit(),
                priced.amount().subtract(before.amount()), true, "Korrigering av besök " + base.id() + " i låst period "
                        + base.period() + " (tidigare " + before.amount() + " kr). " + v.correctionReason());
    }

    private record Priced(long quantity, String unit, BigDecimal amount, String note) {
    }

    private Priced price(Pricing pricing, VisitView v) {
        String provider = v.providerId();
        if (v.kind() == VisitKind.LEVERANS) {
            return new Priced(v.deliveryCount(), "st", pricing.deliveries(provider, v.serviceType(),
                    v.deliveryDate(), v.deliveryCount()), null);
        }
        return switch (v.status()) {
            case UTFORD -> {
                Pricing.Priced p = pricing.timed(provider, v.serviceType(), v.performedStart(), v.performedStop());
                yield new Priced(p.billableMinutes(), "min", p.amount(), bands(p));
            }
            case INSTALLD_AV_KUND -> {
                if (pricing.lateCancellation(v.cancelledAt(), v.plannedStart())) {
                    Pricing.Priced p = pricing.timed(provider, v.serviceType(), v.plannedStart(), v.plannedStop());
                    yield new Priced(p.billableMinutes(), "min", p.amount(), "Sen avbokning av kund (mindre än "
                            + config.rules().customerCancellationBillableWithinHours() + " tim före): planerad tid");
                }
                yield new Priced(0, "min", BigDecimal.ZERO.setScale(2), "Avbokad i tid av kund: ersätts inte");
            }
            case INSTALLD_AV_UTFORARE -> new Priced(0, "min", BigDecimal.ZERO.setScale(2),
                    "Inställt av utföraren: ersätts inte");
            case PAGAR -> new Priced(0, "min", BigDecimal.ZERO.setScale(2), "Pågår");
        };
    }

    private static String bands(Pricing.Priced p) {
        if (p.segments().size() < 2) {
            return null;
        }
        Map<String, Long> seconds = new LinkedHashMap<>();
        p.segments().forEach(s -> seconds.merge(s.band().label() + " " + s.hourlyPrice() + " kr/tim",
                s.seconds(), Long::sum));
        return "Delat: " + seconds.entrySet().stream().map(e -> e.getKey() + " (" + Math.round(e.getValue() / 60.0)
                + " min)").collect(Collectors.joining(", "));
    }

    private Underlag.Line dayLine(Pricing pricing, ServiceOrders.RunningOrder o, YearMonth month, String client) {
        BigDecimal amount = BigDecimal.ZERO.setScale(2);
        long days = 0;
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (o.runsOn(d)) {
                amount = amount.add(pricing.day(o.providerId(), o.serviceType(), d));
                days++;
            }
        }
        if (days == 0) {
            return null;
        }
        return new Underlag.Line(null, o.orderId(), o.caseId(), o.personId(), client, o.serviceType(),
                month.atDay(1), "Dygn " + month, null, null, days, "dygn", amount, false, null);
    }

    private static List<Underlag.Group> groups(List<Underlag.Line> lines) {
        Map<Long, List<Underlag.Line>> byOrder = lines.stream()
                .collect(Collectors.groupingBy(Underlag.Line::orderId, LinkedHashMap::new, Collectors.toList()));
        return byOrder.values().stream().map(Ersattning::group)
                .sorted(Comparator.comparing(Underlag.Group::client).thenComparing(Underlag.Group::orderId)).toList();
    }

    private static Underlag.Group group(List<Underlag.Line> lines) {
        Underlag.Line first = lines.get(0);
        long planned = 0, performed = 0, billable = 0, deliveries = 0, days = 0;
        BigDecimal adjustments = BigDecimal.ZERO.setScale(2);
        BigDecimal amount = BigDecimal.ZERO.setScale(2);
        for (Underlag.Line l : lines) {
            if (l.adjustment()) {
                adjustments = adjustments.add(l.amount());
            } else if (l.plannedMinutes() != null && l.performedMinutes() != null) {
                planned += l.plannedMinutes();
                performed += l.performedMinutes();
            }
            switch (l.unit()) {
                case "min" -> billable += l.quantity();
                case "st" -> deliveries += l.quantity();
                default -> days += l.quantity();
            }
            amount = amount.add(l.amount());
        }
        return new Underlag.Group(first.orderId(), first.caseId(), first.personId(), first.client(),
                first.serviceType(), planned, performed, billable, deliveries, days, adjustments, amount);
    }

    private static Integer minutes(java.time.Instant from, java.time.Instant to) {
        return from == null || to == null ? null : (int) Duration.between(from, to).toMinutes();
    }

    private static String what(VisitView v) {
        if (v.kind() == VisitKind.LEVERANS) {
            return "Leverans";
        }
        return "Besök, " + v.status().label().toLowerCase();
    }

    private String requireKnown(String providerId) {
        if (municipality.providers().stream().noneMatch(p -> p.id().equals(providerId))) {
            throw new NotFoundException("Utföraren finns inte.");
        }
        return providerId;
    }

    private String providerName(String providerId) {
        return municipality.providers().stream().filter(p -> p.id().equals(providerId)).findFirst()
                .map(p -> p.name()).orElse(providerId);
    }

    private static String name(PersonView p) {
        return p == null ? "Okänd" : p.fullName();
    }

    static String resource(String providerId, YearMonth month) {
        return RESOURCE + "/" + providerId + "/" + month;
    }
}
