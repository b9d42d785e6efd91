package se.kasus.generator;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints each phase's progress and rate, and keeps the figures for the summary. */
final class Progress {

    /** One finished phase: what it made and how fast. */
    record Phase(String name, long items, String unit, long rows, Duration took) {
        double rowsPerSecond() {
            return rows / Math.max(took.toMillis() / 1000.0, 0.001);
        }

        String asText() {
            return String.format(Locale.ROOT, "%-22s %,10d %-18s %,12d rader %8.1f s %,10.0f rader/s", name, items,
                    unit, rows, took.toMillis() / 1000.0, rowsPerSecond());
        }
    }

    private final PrintStream out;
    private final long started = System.nanoTime();
    private final List<Phase> phases = new ArrayList<>();

    Progress(PrintStream out) {
        this.out = out;
    }

    Tracker start(String name, long planned, String unit) {
        out.printf(Locale.ROOT, "[generator] %s: %,d %s ...%n", name, planned, unit);
        return new Tracker(name, planned, unit);
    }

    List<Phase> phases() {
        return List.copyOf(phases);
    }

    Duration total() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    void print(String line) {
        out.println("[generator] " + line);
    }

    /** Counts one phase; reports about every tenth of the way. */
    final class Tracker {
        private final String name;
        private final long planned;
        private final String unit;
        private final long begun = System.nanoTime();
        private long items;
        private long rows;
        private long nextReport;

        private Tracker(String name, long planned, String unit) {
            this.name = name;
            this.planned = planned;
            this.unit = unit;
            this.nextReport = Math.max(planned / 10, 1);
        }

        synchronized void done(long moreItems, long moreRows) {
            items += moreItems;
            rows += moreRows;
            if (items >= nextReport && items < planned) {
                double seconds = Math.max((System.nanoTime() - begun) / 1e9, 0.001);
                out.printf(Locale.ROOT, "[generator]   %s: %,d/%,d %s, %,.0f rader/s%n", name, items, planned, unit,
                        rows / seconds);
                nextReport += Math.max(planned / 10, 1);
            }
        }

        Phase finish() {
            Phase phase = new Phase(name, items, unit, rows, Duration.ofNanos(System.nanoTime() - begun));
            phases.add(phase);
            out.println("[generator] klart: " + phase.asText());
            return phase;
        }
    }
}
