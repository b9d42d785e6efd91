package se.kasus.fees;

import java.time.YearMonth;
import java.util.List;

import se.kasus.registry.PersonView;

/**
 * A client's fees on one screen: the underlag, the computation for a month (null without an underlag or a table for
 * it, with {@code calculationMissing} saying why) and the decisions.
 */
public record FeeOverview(PersonView person, YearMonth month, List<FeeBasisView> bases, FeeCalculation calculation,
        String calculationMissing, List<FeeDecisionView> decisions) {
}
