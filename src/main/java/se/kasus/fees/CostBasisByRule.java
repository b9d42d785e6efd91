package se.kasus.fees;

import java.time.YearMonth;
import java.util.List;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/** The cost basis the municipality chose ({@code avgiftsgrund} in {@code config/avgifter.yml}). */
@Primary
@Component
class CostBasisByRule implements ServiceCostBasis {

    private final FeeTables tables;
    private final DecidedTimeCost decided;
    private final PerformedTimeCost performed;

    CostBasisByRule(FeeTables tables, DecidedTimeCost decided, PerformedTimeCost performed) {
        this.tables = tables;
        this.decided = decided;
        this.performed = performed;
    }

    @Override
    public List<CostLine> costOf(long personId, String unitId, YearMonth month) {
        return switch (tables.municipal().avgiftsgrund()) {
            case BESLUTAD_TID -> decided.costOf(personId, unitId, month);
            case UTFORD_TID -> performed.costOf(personId, unitId, month);
        };
    }
}
