package se.kasus.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import javax.sql.DataSource;

/**
 * Persons in bulk: unique, valid personnummer (a real date, a birth number 001–999, the Luhn check digit), born
 * 1920–1999 so that every one is an adult, and a share with skyddad identitet. Ids are given here, so the cases can
 * point at them without reading them back.
 */
final class PersonPhase {

    static final List<String> COLUMNS = List.of("id", "personnummer", "first_name", "last_name", "street_address",
            "postal_code", "city", "protected_identity", "created_at");

    private static final String[] FIRST = {"Astrid", "Karl", "Margit", "Erik", "Ingrid", "Gösta", "Britt", "Lennart",
        "Elsa", "Sven", "Maj", "Bengt", "Anna", "Lars", "Birgitta", "Per", "Kerstin", "Nils", "Ulla", "Olof"};
    private static final String[] LAST = {"Lindqvist", "Johansson", "Olsson", "Nilsson", "Persson", "Andersson",
        "Svensson", "Karlsson", "Gustafsson", "Pettersson", "Eriksson", "Larsson", "Berg", "Holm", "Ek", "Lind"};
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1920, 1, 1);
    /** 999 birth numbers per day; 80 years of days holds over 29 million persons. */
    private static final int PER_DAY = 999;

    private final DataSource dataSource;
    private final boolean postgres;

    PersonPhase(DataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.postgres = postgres;
    }

    /** Writes persons with ids firstId .. firstId + count - 1. */
    void create(long firstId, int count, double protectedShare, long seed, Progress.Tracker tracker) {
        SplittableRandom random = new SplittableRandom(seed);
        Instant now = Instant.now();
        try (BulkWriter writer = new BulkWriter(dataSource, postgres, "person", COLUMNS)) {
            for (int i = 0; i < count; i++) {
                boolean protectedIdentity = random.nextDouble() < protectedShare;
                writer.add(firstId + i, personnummer(i, seed), FIRST[random.nextInt(FIRST.length)],
                        LAST[random.nextInt(LAST.length)], "Storgatan " + (1 + random.nextInt(90)),
                        String.format(Locale.ROOT, "%03d %02d", 100 + random.nextInt(880), random.nextInt(100)),
                        "Exempelstad", protectedIdentity, now);
                if ((i + 1) % 10_000 == 0) {
                    tracker.done(10_000, 10_000);
                }
            }
            writer.flush();
            tracker.done(count % 10_000, count % 10_000);
        }
    }

    /**
     * The i-th personnummer: the days are visited in an order the seed scatters (a stride coprime to their number),
     * birth numbers count up within a day, so no two are equal.
     */
    static String personnummer(int i, long seed) {
        int days = (int) (LocalDate.of(2000, 1, 1).toEpochDay() - FIRST_BIRTH.toEpochDay());
        int stride = 7919; // a prime that does not divide the number of days
        long dayIndex = (Math.floorMod(seed, days) + (long) (i % days) * stride) % days;
        int birthNumber = 1 + (i / days) % PER_DAY;
        LocalDate birth = FIRST_BIRTH.plusDays(dayIndex);
        String nine = String.format(Locale.ROOT, "%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth(), birthNumber);
        return String.format(Locale.ROOT, "%04d%02d%02d-%03d%d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), birthNumber, checkDigit(nine));
    }

    /** Luhn over the nine digits YYMMDDNNN, weights 2,1,2,...; as in se.kasus.registry.Personnummer. */
    static int checkDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10;
    }
}
