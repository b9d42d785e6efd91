package se.kasus.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The units and staff the generator made: who works where, for the running cases and the load test. */
record Organisation(List<Unit> units) {

    /** One unit with its handläggare, its 1:e socialsekreterare and its enhetschef. */
    record Unit(String id, String name, List<String> caseworkers, String forste, String chef) {
    }

    static Organisation plan(int unitCount, int caseworkersPerUnit) {
        List<Unit> units = new ArrayList<>();
        for (int u = 1; u <= unitCount; u++) {
            String id = String.format(Locale.ROOT, "gen-%02d", u);
            List<String> caseworkers = new ArrayList<>();
            for (int c = 1; c <= caseworkersPerUnit; c++) {
                caseworkers.add(String.format(Locale.ROOT, "%s.handlaggare%02d", id, c));
            }
            units.add(new Unit(id, String.format(Locale.ROOT, "Äldreomsorg område %02d", u), List.copyOf(caseworkers),
                    id + ".forste", id + ".chef"));
        }
        return new Organisation(List.copyOf(units));
    }

    Unit unit(int index) {
        return units.get(Math.floorMod(index, units.size()));
    }

    int caseworkerCount() {
        return units.stream().mapToInt(u -> u.caseworkers().size()).sum();
    }
}
