package se.kasus.frister;

import java.time.LocalDate;
import java.util.List;

/**
 * The deadline view of one unit: the deadlines (filtered by kind when asked), overdue first then soonest, and per
 * kind how many run and how many are overdue (always over all kinds, so the counts stay visible when filtering).
 */
public record FristList(String unitId, String kind, LocalDate today, List<Frist> frister, List<KindCount> counts,
        List<KindOption> kinds) {

    public record KindCount(String kind, String label, long running, long overdue) {
    }

    /** A kind the filter accepts. */
    public record KindOption(String kind, String label) {
    }

    public long overdue() {
        return counts.stream().mapToLong(KindCount::overdue).sum();
    }
}
