package se.kasus.fees;

import java.time.YearMonth;
import java.util.List;

/**
 * The port for the cost of a month's insatser. Today it is the decided omfattning ({@link DecidedTimeCost}); when the
 * providers' time reporting exists, performed time replaces it behind this interface (avgiftsgrund UTFORD_TID).
 */
public interface ServiceCostBasis {

    /** The cost lines of the client's insatser in the unit for the month; empty when nothing chargeable is decided. */
    List<CostLine> costOf(long personId, String unitId, YearMonth month);
}
