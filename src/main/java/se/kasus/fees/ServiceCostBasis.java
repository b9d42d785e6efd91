package se.kasus.fees;

import java.time.YearMonth;
import java.util.List;

/**
 * The port for the cost of a month's insatser: performed time from the attested time reporting
 * ({@link PerformedTimeCost}, avgiftsgrund UTFORD_TID, the default) or the decided omfattning
 * ({@link DecidedTimeCost}, BESLUTAD_TID), as {@code config/avgifter.yml} chooses ({@link CostBasisByRule}).
 */
public interface ServiceCostBasis {

    /** The cost lines of the client's insatser in the unit for the month; empty when nothing chargeable is decided. */
    List<CostLine> costOf(long personId, String unitId, YearMonth month);
}
