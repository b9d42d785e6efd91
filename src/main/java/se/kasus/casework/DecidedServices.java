package se.kasus.casework;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only view of a client's decided insatser, for modules that charge for them (fees). It does no access control
 * and no audit logging: the caller has checked the user's right to the client in the unit and logs the reading.
 */
@Service
public class DecidedServices {

    private final CaseRepository cases;
    private final DecisionRepository decisions;

    DecidedServices(CaseRepository cases, DecisionRepository decisions) {
        this.cases = cases;
        this.decisions = decisions;
    }

    /** The units that hold a case about the person; empty for a person without cases (or an unknown id). */
    @Transactional(readOnly = true)
    public Set<String> unitsOf(long personId) {
        Set<String> units = new TreeSet<>();
        cases.findByPersonIdOrderByOpenedAtDesc(personId).forEach(c -> units.add(c.unitId()));
        return units;
    }

    /** The person's cases in the unit, by id (for reading what was performed for them). */
    @Transactional(readOnly = true)
    public Set<Long> casesInUnit(long personId, String unitId) {
        Set<Long> ids = new TreeSet<>();
        cases.findByPersonIdOrderByOpenedAtDesc(personId).stream().filter(c -> c.unitId().equals(unitId))
                .forEach(c -> ids.add(c.id()));
        return ids;
    }

    /**
     * The person's decided grants (bifall or delvis bifall) in the unit's cases that are in force on some day between
     * {@code from} and {@code to}, oldest first.
     */
    @Transactional(readOnly = true)
    public List<DecidedService> grantsInForce(long personId, String unitId, LocalDate from, LocalDate to) {
        List<Long> caseIds = cases.findByPersonIdOrderByOpenedAtDesc(personId).stream()
                .filter(c -> c.unitId().equals(unitId)).map(CaseRecord::id).toList();
        if (caseIds.isEmpty()) {
            return List.of();
        }
        List<DecidedService> granted = decisions.findByCaseIdInOrderByProposedAtDesc(caseIds).stream()
                .map(Decision::toView)
                .filter(DecisionView::decided)
                .filter(d -> d.outcome() != Outcome.AVSLAG)
                .filter(d -> d.validFrom() != null)
                .map(d -> new DecidedService(d.id(), d.caseId(), d.serviceType(), d.hoursPerMonth(), d.validFrom(),
                        d.validTo()))
                .sorted(Comparator.comparing(DecidedService::validFrom).thenComparing(DecidedService::decisionId))
                .toList();
        return endedByLaterGrants(granted).stream()
                .filter(d -> !d.validFrom().isAfter(to))
                .filter(d -> d.validTo() == null || !d.validTo().isBefore(from))
                .toList();
    }

    /**
     * A new grant in the same case (after uppföljning and a new utredning) replaces the earlier one from its first
     * day, so a case never charges for two insatser at once; the earlier grant ends the day before.
     */
    private static List<DecidedService> endedByLaterGrants(List<DecidedService> sorted) {
        List<DecidedService> result = new java.util.ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            DecidedService d = sorted.get(i);
            LocalDate end = d.validTo();
            for (int j = i + 1; j < sorted.size(); j++) {
                DecidedService later = sorted.get(j);
                if (later.caseId() == d.caseId() && later.decisionId() != d.decisionId()) {
                    LocalDate dayBefore = later.validFrom().minusDays(1);
                    end = end == null || dayBefore.isBefore(end) ? dayBefore : end;
                    break;
                }
            }
            if (end == null || !end.isBefore(d.validFrom())) {
                result.add(new DecidedService(d.decisionId(), d.caseId(), d.serviceType(), d.hoursPerMonth(),
                        d.validFrom(), end));
            }
        }
        return result;
    }

    /** One decided insats: what, how much (hours per month where the decision says), from when to when. */
    public record DecidedService(long decisionId, long caseId, ServiceType serviceType, Integer hoursPerMonth,
            LocalDate validFrom, LocalDate validTo) {
    }
}
