package se.kasus.consistency;

import java.time.Instant;
import java.util.List;

/** What a consistency check found: the number of cases and running root instances compared, and every mismatch. */
public record ConsistencyReport(Instant checkedAt, long cases, long runningRootInstances, List<Mismatch> mismatches) {

    public ConsistencyReport {
        mismatches = List.copyOf(mismatches);
    }

    public boolean consistent() {
        return mismatches.isEmpty();
    }

    public String asText() {
        StringBuilder text = new StringBuilder();
        text.append("Konsistenskontroll ").append(checkedAt).append(": ").append(cases).append(" ärenden, ")
                .append(runningRootInstances).append(" pågående processer, ").append(mismatches.size())
                .append(" avvikelser\n");
        mismatches.forEach(m -> text.append("  ").append(m.asText()).append('\n'));
        return text.toString();
    }
}
