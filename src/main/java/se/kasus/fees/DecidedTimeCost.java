package se.kasus.fees;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.kasus.casework.DecidedServices;
import se.kasus.casework.DecidedServices.DecidedService;

/**
 * Avgiftsgrund BESLUTAD_TID: the cost of a month is what was decided, at the municipality's taxa. A decision in
 * force on any day of the month counts for the whole month (no part-month proration yet). Boende (korttids,
 * särskilt) is charged as bostadsavgift and matkostnad, which this module does not compute: it adds no line.
 */
@Component
class DecidedTimeCost implements ServiceCostBasis {

    private final DecidedServices decided;
    private final FeeTables tables;

    DecidedTimeCost(DecidedServices decided, FeeTables tables) {
        this.decided = decided;
        this.tables = tables;
    }

    @Override
    public List<CostLine> costOf(long personId, String unitId, YearMonth month) {
        List<CostLine> lines = new ArrayList<>();
        for (DecidedService service : decided.grantsInForce(personId, unitId, month.atDay(1), month.atEndOfMonth())) {
            CostLine line = line(service, month);
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private CostLine line(DecidedService service, YearMonth month) {
        FeeTables.Municipal taxa = tables.municipal();
        return switch (service.serviceType()) {
            case HEMTJANST, DAGVERKSAMHET -> hours(service, taxa.timtaxaHemtjanst());
            case TRYGGHETSLARM -> new CostLine("Trygghetslarm, fast avgift per månad",
                    Money.kr(taxa.trygghetslarmPerManad()));
            case MATDISTRIBUTION -> new CostLine("Matdistribution " + month.lengthOfMonth() + " portioner × "
                    + Money.format(taxa.matdistributionPerPortion()),
                    Money.kr(taxa.matdistributionPerPortion().multiply(BigDecimal.valueOf(month.lengthOfMonth()))));
            case KORTTIDSBOENDE, SARSKILT_BOENDE -> null;
            // A child's insatser are not charged under the maxtaxa; parents' contribution to a placement
            // (ersättning, SoL 2025:400 17 kap., check) is a separate decision, not this fee.
            case KONTAKTPERSON, KONTAKTFAMILJ, OPPENVARD, FAMILJEHEM, HVB -> null;
            // Försörjningsstöd is money paid to the household, never an insats with a fee.
            case FORSORJNINGSSTOD -> null;
        };
    }

    private static CostLine hours(DecidedService service, BigDecimal perHour) {
        int hours = service.hoursPerMonth() == null ? 0 : service.hoursPerMonth();
        if (hours == 0) {
            return null;
        }
        return new CostLine(service.serviceType().label() + " " + hours + " tim/mån × " + Money.format(perHour),
                Money.kr(perHour.multiply(BigDecimal.valueOf(hours))));
    }
}
