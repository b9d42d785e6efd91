package se.kasus.casework;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** What an EKB proposal or decision grants, "5940 kr för mars 2026": for the decision-maker's task and the letter. */
@Component
class EkbAmounts {

    private final EkbDecisionAmountRepository amounts;
    private final EkbCalculationRepository calculations;

    EkbAmounts(EkbDecisionAmountRepository amounts, EkbCalculationRepository calculations) {
        this.amounts = amounts;
        this.calculations = calculations;
    }

    /** Empty for a decision of another law area. */
    Optional<String> describe(long decisionId) {
        return amounts.findById(decisionId).map(a -> a.amount() + " kr för "
                + EkbSteps.monthName(calculations.findById(a.calculationId()).orElseThrow().month()));
    }
}
