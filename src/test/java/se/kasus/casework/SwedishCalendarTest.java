package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected dates were checked against python-dateutil's Gregorian Easter and a calendar, not taken from
 * {@link SwedishCalendar} itself.
 */
class SwedishCalendarTest {

    @ParameterizedTest(name = "påsk {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # year | långfredagen | påskdagen  | annandag påsk | Kristi himmelsfärd | pingstdagen
            # 2008: himmelsfärd on 1 May; 2019: the real full moon on 21 March would give 24 March, the computus 21 April
            2008   | 2008-03-21   | 2008-03-23 | 2008-03-24    | 2008-05-01         | 2008-05-11
            2019   | 2019-04-19   | 2019-04-21 | 2019-04-22    | 2019-05-30         | 2019-06-09
            2024   | 2024-03-29   | 2024-03-31 | 2024-04-01    | 2024-05-09         | 2024-05-19
            2025   | 2025-04-18   | 2025-04-20 | 2025-04-21    | 2025-05-29         | 2025-06-08
            2026   | 2026-04-03   | 2026-04-05 | 2026-04-06    | 2026-05-14         | 2026-05-24
            2027   | 2027-03-26   | 2027-03-28 | 2027-03-29    | 2027-05-06         | 2027-05-16
            # latest possible påskdag, 25 April
            2038   | 2038-04-23   | 2038-04-25 | 2038-04-26    | 2038-06-03         | 2038-06-13
            # earliest possible påskdag, 22 March
            2285   | 2285-03-20   | 2285-03-22 | 2285-03-23    | 2285-04-30         | 2285-05-10
            """)
    void easterDependentHolidays(int year, LocalDate langfredagen, LocalDate paskdagen, LocalDate annandagPask,
            LocalDate himmelsfard, LocalDate pingstdagen) {
        assertThat(SwedishCalendar.easterSunday(year)).isEqualTo(paskdagen);
        assertThat(langfredagen).matches(SwedishCalendar::isPublicHoliday, "långfredagen");
        assertThat(paskdagen).matches(SwedishCalendar::isPublicHoliday, "påskdagen");
        assertThat(annandagPask).matches(SwedishCalendar::isPublicHoliday, "annandag påsk");
        assertThat(himmelsfard).matches(SwedishCalendar::isPublicHoliday, "Kristi himmelsfärdsdag");
        assertThat(pingstdagen).matches(SwedishCalendar::isPublicHoliday, "pingstdagen");
        // The days around them are not helgdagar: skärtorsdagen, påskafton, the day before himmelsfärd and,
        // since SFS 2004:1320, annandag pingst.
        assertThat(langfredagen.minusDays(1)).matches(d -> !SwedishCalendar.isPublicHoliday(d), "skärtorsdagen");
        assertThat(paskdagen.minusDays(1)).matches(d -> !SwedishCalendar.isPublicHoliday(d), "påskafton");
        assertThat(himmelsfard.minusDays(1)).matches(d -> !SwedishCalendar.isPublicHoliday(d), "dagen före");
        assertThat(pingstdagen.plusDays(1)).matches(d -> !SwedishCalendar.isPublicHoliday(d), "annandag pingst");
    }

    @ParameterizedTest(name = "[{index}] {0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # date     | day | allmän helgdag | why
            2026-01-01 | Thu | true  | nyårsdagen
            2027-01-06 | Wed | true  | trettondedag jul
            2026-05-01 | Fri | true  | första maj
            2025-06-06 | Fri | true  | nationaldagen
            2005-06-06 | Mon | true  | nationaldagen, helgdag from 2005 (SFS 2004:1320)
            2003-06-06 | Fri | false | nationaldagen before 2005
            2004-05-31 | Mon | true  | annandag pingst, a helgdag until 2004
            2005-05-16 | Mon | false | annandag pingst, not a helgdag from 2005
            2026-12-25 | Fri | true  | juldagen
            2026-12-26 | Sat | true  | annandag jul
            # midsommardagen: the Saturday 20-26 June
            2020-06-20 | Sat | true  | midsommardagen on the 20th
            2021-06-26 | Sat | true  | midsommardagen on the 26th
            2024-06-22 | Sat | true  | midsommardagen
            2025-06-21 | Sat | true  | midsommardagen
            2026-06-20 | Sat | true  | midsommardagen
            2027-06-26 | Sat | true  | midsommardagen
            2026-06-27 | Sat | false | the Saturday after midsommar
            2021-06-19 | Sat | false | the Saturday before the 20-26 window
            2026-06-19 | Fri | false | midsommarafton is no helgdag
            # alla helgons dag: the Saturday 31 October-6 November
            2020-10-31 | Sat | true  | alla helgons dag on 31 October
            2021-11-06 | Sat | true  | alla helgons dag on 6 November
            2024-11-02 | Sat | true  | alla helgons dag
            2025-11-01 | Sat | true  | alla helgons dag
            2026-10-31 | Sat | true  | alla helgons dag
            2027-11-06 | Sat | true  | alla helgons dag
            2027-10-30 | Sat | false | the Saturday before the window
            2026-11-07 | Sat | false | the Saturday after alla helgons dag
            2026-11-01 | Sun | true  | a Sunday, as every Sunday
            2026-12-24 | Thu | false | julafton is no helgdag
            2026-12-31 | Thu | false | nyårsafton is no helgdag
            2026-11-18 | Wed | false | an ordinary Wednesday
            2026-11-21 | Sat | false | an ordinary Saturday
            2026-11-22 | Sun | true  | an ordinary Sunday
            """)
    void publicHolidays(LocalDate date, String weekday, boolean holiday, String why) {
        assertThat(date.getDayOfWeek().name()).as("the table's weekday").startsWith(weekday.toUpperCase());
        assertThat(SwedishCalendar.isPublicHoliday(date)).as(why).isEqualTo(holiday);
    }

    @ParameterizedTest(name = "[{index}] {0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # last day | the action may be taken | why
            2026-11-18 | 2026-11-18 | an ordinary Wednesday stays
            2026-11-20 | 2026-11-20 | an ordinary Friday stays
            2026-11-21 | 2026-11-23 | Saturday -> Monday
            2026-11-22 | 2026-11-23 | Sunday -> Monday
            2026-12-24 | 2026-12-28 | julafton (Thu) -> past juldagen, annandag jul and the weekend
            2027-12-24 | 2027-12-27 | julafton (Fri) -> Monday
            2029-12-23 | 2029-12-27 | Sunday -> Monday is julafton, Tuesday and Wednesday helgdagar -> Thursday
            2026-12-31 | 2027-01-04 | nyårsafton (Thu) -> past nyårsdagen and the weekend
            2027-01-06 | 2027-01-07 | trettondedag jul (Wed) -> Thursday
            2026-04-03 | 2026-04-07 | långfredagen -> past påskafton, påskdagen, annandag påsk
            2026-04-02 | 2026-04-02 | skärtorsdagen is a working day
            2026-05-14 | 2026-05-15 | Kristi himmelsfärdsdag -> the Friday after
            2025-06-06 | 2025-06-09 | nationaldagen (Fri) -> Monday
            2026-06-19 | 2026-06-22 | midsommarafton -> past midsommardagen -> Monday
            2026-10-31 | 2026-11-02 | alla helgons dag -> Monday
            """)
    void nextWorkingDayIfClosed(LocalDate lastDay, LocalDate actionDay, String why) {
        assertThat(SwedishCalendar.nextWorkingDayIfClosed(lastDay)).as(why).isEqualTo(actionDay);
    }

    /** A second, independent computus (Tøndering's form of Oudin's algorithm) over every year the app may meet. */
    @Test
    void easterMatchesAnIndependentComputusAndTheLawsBounds() {
        for (int year = 1990; year <= 2300; year++) {
            LocalDate easter = SwedishCalendar.easterSunday(year);
            assertThat(easter).as("påskdagen %s", year).isEqualTo(oudin(year));
            assertThat(easter.getDayOfWeek()).as("påskdagen %s", year).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(MonthDay.from(easter)).isBetween(MonthDay.of(3, 22), MonthDay.of(4, 25));
        }
    }

    @Test
    void everyResultOfTheExtensionIsAnOpenWeekday() {
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() < 2031; day = day.plusDays(1)) {
            LocalDate open = SwedishCalendar.nextWorkingDayIfClosed(day);
            assertThat(open).isAfterOrEqualTo(day);
            assertThat(open.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(SwedishCalendar.isClosedForDeadlines(open)).as("%s -> %s", day, open).isFalse();
            assertThat(SwedishCalendar.isClosedForDeadlines(day)).isEqualTo(!open.equals(day));
        }
    }

    @Test
    void datesBeforeTheHolidayActAreRefused() {
        assertThat(SwedishCalendar.isPublicHoliday(LocalDate.of(1990, 1, 1))).isTrue();
        assertThatThrownBy(() -> SwedishCalendar.isPublicHoliday(LocalDate.of(1989, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1989:253");
    }

    private static LocalDate oudin(int year) {
        int g = year % 19;
        int c = year / 100;
        int h = (c - c / 4 - (8 * c + 13) / 25 + 19 * g + 15) % 30;
        int i = h - (h / 28) * (1 - (29 / (h + 1)) * ((21 - g) / 11));
        int j = (year + year / 4 + i + 2 - c + c / 4) % 7;
        int l = i - j;
        int month = 3 + (l + 40) / 44;
        return LocalDate.of(year, month, l + 28 - 31 * (month / 4));
    }
}
