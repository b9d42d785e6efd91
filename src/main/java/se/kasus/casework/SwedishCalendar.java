package se.kasus.casework;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Set;

/**
 * The Swedish statutory calendar that legal deadlines are counted against. Pure date arithmetic, no configuration:
 * the days are fixed by law, not by the municipality.
 *
 * <ul>
 * <li><b>Lag (1989:253) om allmänna helgdagar</b>, 1–2 §§ in the wording of SFS 2004:1320 (in force 2005-04-01):
 * allmän helgdag means every Sunday (among them påskdagen and pingstdagen) and nyårsdagen 1 Jan, trettondedag jul
 * 6 Jan, långfredagen (the Friday before påskdagen), annandag påsk (the day after), Kristi himmelsfärdsdag (the sixth
 * Thursday after påskdagen), första maj, nationaldagen 6 Jun, midsommardagen (the Saturday 20–26 Jun), alla helgons
 * dag (the Saturday 31 Oct–6 Nov), juldagen 25 Dec and annandag jul 26 Dec. Before SFS 2004:1320, i.e. up to and
 * including 2004, annandag pingst was a helgdag and nationaldagen was not.
 * Text: SFS 1989:253 at riksdagen.se ("Ändrad: t.o.m. SFS 2004:1320"),
 * http://www.riksdagen.se/sv/Dokument-Lagar/Lagar/Svenskforfattningssamling/Lag-1989253-om-allmanna-hel_sfs-1989-253/
 * <li><b>Lag (1930:173) om beräkning av lagstadgad tid</b>, 2 § första stycket (söndagsregeln): if the last day on
 * which an action must be taken under a law falls on a Sunday, another allmän helgdag, a Saturday, midsommarafton,
 * julafton or nyårsafton, the action may be taken the next vardag.
 * The first paragraph has listed these days since SFS 1987:1212; later amendments (up to SFS 2022:931) changed
 * its language ("skall" to "ska") and the exceptions in the second paragraph, none of which concern social
 * services. Text: SFS 1930:173 from Regeringskansliets rättsdatabaser, e.g. https://lagen.nu/1930:173.
 * </ul>
 *
 * Dates before 1990-01-01, when lag (1989:253) took effect, are refused rather than answered under the wrong law.
 */
public final class SwedishCalendar {

    /** Lag (1989:253) entered into force on 1 January 1990 (prop. 1988/89:114). */
    static final LocalDate FIRST_SUPPORTED_DAY = LocalDate.of(1990, 1, 1);

    /** SFS 2004:1320 (in force 2005-04-01) made nationaldagen a helgdag and removed annandag pingst. */
    private static final int FIRST_YEAR_WITH_NATIONALDAGEN = 2005;

    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(
            MonthDay.of(Month.JANUARY, 1),    // nyårsdagen
            MonthDay.of(Month.JANUARY, 6),    // trettondedag jul
            MonthDay.of(Month.MAY, 1),        // första maj
            MonthDay.of(Month.DECEMBER, 25),  // juldagen
            MonthDay.of(Month.DECEMBER, 26)); // annandag jul

    private static final MonthDay NATIONALDAGEN = MonthDay.of(Month.JUNE, 6);
    private static final MonthDay JULAFTON = MonthDay.of(Month.DECEMBER, 24);
    private static final MonthDay NYARSAFTON = MonthDay.of(Month.DECEMBER, 31);

    private SwedishCalendar() {
    }

    /**
     * Whether {@code day} is an allmän helgdag under lag (1989:253) 1–2 §§. Every Sunday is one (1 § första
     * punkten). Julafton, nyårsafton and midsommarafton are not helgdagar; see {@link #isClosedForDeadlines}.
     */
    public static boolean isPublicHoliday(LocalDate day) {
        requireSupported(day);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY
                || FIXED_HOLIDAYS.contains(MonthDay.from(day))
                || isNationaldagen(day)
                || isEasterDependentHoliday(day)
                || isMidsommardagen(day)
                || isAllaHelgonsDag(day);
    }

    /**
     * Whether a deadline for an action that ends on {@code day} moves to a later day under lag (1930:173) 2 §:
     * Saturdays, Sundays, other allmänna helgdagar, midsommarafton, julafton and nyårsafton.
     */
    public static boolean isClosedForDeadlines(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY
                || isPublicHoliday(day)
                || isMidsommarafton(day)
                || JULAFTON.equals(MonthDay.from(day))
                || NYARSAFTON.equals(MonthDay.from(day));
    }

    /**
     * The day an action whose last day is {@code lastDay} may still be taken, under lag (1930:173) 2 § första
     * stycket: {@code lastDay} itself if it is open, otherwise the next vardag that is not one of the days the
     * paragraph lists. The search continues past such days because a vardag that is itself julafton, nyårsafton or
     * midsommarafton (e.g. Monday 24 Dec after a Sunday) would be a last day the same paragraph moves again.
     */
    public static LocalDate nextWorkingDayIfClosed(LocalDate lastDay) {
        LocalDate day = lastDay;
        while (isClosedForDeadlines(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * Påskdagen, "söndagen närmast efter den fullmåne som infaller på eller närmast efter den 21 mars" (1989:253
     * 2 §), computed with the Gregorian computus (the anonymous algorithm in Meeus/Jones/Butcher form). The
     * church's tabular full moon is what Swedish almanacs use; the astronomical one differs in some years, e.g.
     * 2019, when the real full moon on 21 March would have given 24 March but påskdagen was 21 April.
     */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }

    /** Långfredagen, annandag påsk, Kristi himmelsfärdsdag and, up to 2004, annandag pingst. */
    private static boolean isEasterDependentHoliday(LocalDate day) {
        LocalDate easter = easterSunday(day.getYear());
        return day.equals(easter.minusDays(2))      // långfredagen
                || day.equals(easter.plusDays(1))   // annandag påsk
                || day.equals(easter.plusDays(39))  // Kristi himmelsfärdsdag: sixth Thursday after påskdagen
                || isAnnandagPingstWhileAHoliday(day, easter);
    }

    private static boolean isAnnandagPingstWhileAHoliday(LocalDate day, LocalDate easter) {
        // Pingstdagen is the seventh Sunday after påskdagen (a Sunday anyway); annandag pingst the day after.
        return day.getYear() < FIRST_YEAR_WITH_NATIONALDAGEN && day.equals(easter.plusDays(50));
    }

    private static boolean isNationaldagen(LocalDate day) {
        return day.getYear() >= FIRST_YEAR_WITH_NATIONALDAGEN && NATIONALDAGEN.equals(MonthDay.from(day));
    }

    /** The Saturday 20–26 June. */
    private static boolean isMidsommardagen(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY && day.getMonth() == Month.JUNE
                && day.getDayOfMonth() >= 20 && day.getDayOfMonth() <= 26;
    }

    /** The day before midsommardagen: the Friday 19–25 June. */
    private static boolean isMidsommarafton(LocalDate day) {
        return isMidsommardagen(day.plusDays(1));
    }

    /** The Saturday 31 October–6 November. */
    private static boolean isAllaHelgonsDag(LocalDate day) {
        if (day.getDayOfWeek() != DayOfWeek.SATURDAY) {
            return false;
        }
        return (day.getMonth() == Month.OCTOBER && day.getDayOfMonth() == 31)
                || (day.getMonth() == Month.NOVEMBER && day.getDayOfMonth() <= 6);
    }

    private static void requireSupported(LocalDate day) {
        if (day.isBefore(FIRST_SUPPORTED_DAY)) {
            throw new IllegalArgumentException("Helgdagar före " + FIRST_SUPPORTED_DAY
                    + " beräknas inte: lagen (1989:253) om allmänna helgdagar gäller från det datumet (" + day + ").");
        }
    }
}
