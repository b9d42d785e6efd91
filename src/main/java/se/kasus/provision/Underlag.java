package se.kasus.provision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import se.kasus.casework.ServiceType;

/**
 * Ersättningsunderlag: what a provider is paid for a month, line by line and per client and insats, to the öre.
 *
 * @param status       ÖPPEN, ATTESTERAD or LÅST (after the lock date)
 * @param runningVisits visits started on the phone and never stopped: not paid until stopped or corrected
 */
public record Underlag(String providerId, String providerName, YearMonth month, String status, LocalDate lockDate,
        String attestedBy, Instant attestedAt, List<Line> lines, List<Group> groups, BigDecimal total,
        int runningVisits) {

    /**
     * One paid thing: a visit, a day's deliveries, an order's days, or an adjustment (the difference a correction made
     * after its month was closed).
     *
     * @param quantity billable minutes for a visit, deliveries for a delivery, days for a day line
     */
    public record Line(Long visitId, long orderId, long caseId, long personId, String client, ServiceType serviceType,
            LocalDate day, String what, Integer plannedMinutes, Integer performedMinutes, long quantity, String unit,
            BigDecimal amount, boolean adjustment, String note) {
    }

    /** Totals of one client's insats (one order): planned against performed, and the amount. */
    public record Group(long orderId, long caseId, long personId, String client, ServiceType serviceType,
            long plannedMinutes, long performedMinutes, long billableMinutes, long deliveries, long days,
            BigDecimal adjustments, BigDecimal amount) {

        /** Performed minus planned minutes, over visits that had a plan. */
        public long deviationMinutes() {
            return performedMinutes - plannedMinutes;
        }
    }

    public boolean attested() {
        return attestedBy != null;
    }
}
