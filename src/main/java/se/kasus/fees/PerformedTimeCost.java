package se.kasus.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.kasus.casework.DecidedServices;
import se.kasus.casework.DecidedServices.DecidedService;
import se.kasus.casework.MunicipalityProperties;
import se.kasus.casework.ServiceType;
import se.kasus.provision.PerformedServices;
import se.kasus.provision.PerformedServices.PersonMonth;

/**
 * Avgiftsgrund UTFORD_TID: the cost of a month is what the providers performed, from the attested time reporting:
 * performed minutes × timtaxa for hemtjänst and dagverksamhet (rounded once per insats to the öre, half up),
 * delivered portions × price for matdistribution, and the fixed monthly fee while a trygghetslarm is decided. A
 * decided insats with nothing performed costs 0, and the line says so. The month must be attested by every provider
 * of the client's insatser in the unit; until then the fee is refused, never computed from half the time.
 */
@Component
class PerformedTimeCost implements ServiceCostBasis {

    private static final Set<ServiceType> TIMED = Set.of(ServiceType.HEMTJANST, ServiceType.DAGVERKSAMHET);
    private static final Set<ServiceType> CHARGED = Set.of(ServiceType.HEMTJANST, ServiceType.DAGVERKSAMHET,
            ServiceType.MATDISTRIBUTION, ServiceType.TRYGGHETSLARM);

    private final PerformedServices performed;
    private final DecidedServices decided;
    private final MunicipalityProperties municipality;
    private final FeeTables tables;

    PerformedTimeCost(PerformedServices performed, DecidedServices decided, MunicipalityProperties municipality,
            FeeTables tables) {
        this.performed = performed;
        this.decided = decided;
        this.municipality = municipality;
        this.tables = tables;
    }

    @Override
    public List<CostLine> costOf(long personId, String unitId, YearMonth month) {
        Set<Long> unitCases = decided.casesInUnit(personId, unitId);
        PersonMonth given = performed.of(personId, month);
        requireAttested(given, unitCases, month);
        Map<ServiceType, long[]> sums = new EnumMap<>(ServiceType.class); // minutes, deliveries
        given.performed().stream().filter(p -> unitCases.contains(p.caseId()) && CHARGED.contains(p.serviceType()))
                .forEach(p -> {
                    long[] sum = sums.computeIfAbsent(p.serviceType(), t -> new long[2]);
                    sum[0] += p.minutes();
                    sum[1] += p.deliveries();
                });
        for (DecidedService grant : decided.grantsInForce(personId, unitId, month.atDay(1), month.atEndOfMonth())) {
            if (CHARGED.contains(grant.serviceType())) {
                sums.computeIfAbsent(grant.serviceType(), t -> new long[2]);
            }
        }
        return sums.entrySet().stream().map(e -> line(e.getKey(), e.getValue(), month)).toList();
    }

    private void requireAttested(PersonMonth given, Set<Long> unitCases, YearMonth month) {
        String missing = given.unattested().stream()
                .filter(u -> unitCases.contains(u.caseId()) && CHARGED.contains(u.serviceType()))
                .map(u -> municipality.providerName(u.providerId())).distinct().sorted()
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new FeeRejectedException("Avgiften för " + month + " bygger på utförd tid, men utförarens tid för "
                    + month + " är inte attesterad (" + missing + "). Avgiften kan beräknas när ersättningsunderlaget"
                    + " för månaden är attesterat.");
        }
    }

    private CostLine line(ServiceType type, long[] sum, YearMonth month) {
        FeeTables.Municipal taxa = tables.municipal();
        if (type == ServiceType.TRYGGHETSLARM) {
            return new CostLine("Trygghetslarm, fast avgift per månad", Money.kr(taxa.trygghetslarmPerManad()));
        }
        if (TIMED.contains(type)) {
            long minutes = Math.max(0, sum[0]); // a correction can lower a month's cost to nothing, not below
            if (minutes == 0) {
                return new CostLine(type.label() + ": ingen utförd tid attesterad för " + month, Money.ZERO);
            }
            BigDecimal amount = taxa.timtaxaHemtjanst().multiply(BigDecimal.valueOf(minutes))
                    .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
            return new CostLine(type.label() + ", utförd tid " + duration(minutes) + " × "
                    + Money.format(taxa.timtaxaHemtjanst()) + "/tim", amount);
        }
        long portions = Math.max(0, sum[1]);
        if (portions == 0) {
            return new CostLine(type.label() + ": inga levererade portioner attesterade för " + month, Money.ZERO);
        }
        return new CostLine(type.label() + ", " + portions + " levererade portioner × "
                + Money.format(taxa.matdistributionPerPortion()),
                Money.kr(taxa.matdistributionPerPortion().multiply(BigDecimal.valueOf(portions))));
    }

    /** "12 tim 35 min (755 min)". */
    static String duration(long minutes) {
        return minutes / 60 + " tim " + minutes % 60 + " min (" + minutes + " min)";
    }
}
