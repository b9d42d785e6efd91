package se.kasus.fees;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The amounts of one fee computation, kr per month with öre, as stored with a decision or a run row.
 *
 * @param income       the client's net income (for a couple: half the pair's)
 * @param minimibelopp the year's minimibelopp for the household (raised for under-65 where the municipality chose)
 * @param minimumRaise the individual raise for lasting special needs
 * @param reservation  förbehållsbelopp = minimibelopp + raise + housing cost
 * @param feeRoom      avgiftsutrymme = max(0, income − förbehållsbelopp)
 * @param serviceCost  the month's cost of the decided insatser
 * @param fee          min(serviceCost, feeRoom, maxtaxa)
 */
@Embeddable
public record FeeAmounts(
        @Column(name = "income") BigDecimal income,
        @Column(name = "minimibelopp") BigDecimal minimibelopp,
        @Column(name = "minimum_raise") BigDecimal minimumRaise,
        @Column(name = "housing_cost") BigDecimal housingCost,
        @Column(name = "reservation") BigDecimal reservation,
        @Column(name = "fee_room") BigDecimal feeRoom,
        @Column(name = "service_cost") BigDecimal serviceCost,
        @Column(name = "maxtaxa") BigDecimal maxtaxa,
        @Column(name = "fee") BigDecimal fee) {
}
