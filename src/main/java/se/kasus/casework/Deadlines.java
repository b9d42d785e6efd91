package se.kasus.casework;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Legal deadlines (frister) as versioned data from {@code config/deadlines.yml}: the rule that applies is the one
 * valid on the day the deadline starts to run, so a change in law never moves an old case's deadline.
 */
@ConfigurationProperties("kasus.deadlines")
public record Deadlines(List<Rule> rules) {

    public static final String KOMMUNICERING_SVARSFRIST = "KOMMUNICERING_SVARSFRIST";
    public static final String OVERKLAGANDETID = "OVERKLAGANDETID";
    public static final String EJ_VERKSTALLT = "EJ_VERKSTALLT";
    public static final String LVU_UNDERSTALLAN = "LVU_UNDERSTALLAN";
    public static final String LVU_ANSOKAN = "LVU_ANSOKAN";
    public static final String LVU_OMPROVNING = "LVU_OMPROVNING";
    public static final String LVU_OMPROVNING_UNDERLAG = "LVU_OMPROVNING_UNDERLAG";
    public static final String FORHANDSBEDOMNING = "FORHANDSBEDOMNING";
    public static final String BARNUTREDNING = "BARNUTREDNING";
    /** The answer to a court's snabbupplysning when the court names no date of its own. */
    public static final String SNABBUPPLYSNING = "SNABBUPPLYSNING";

    public Deadlines {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /**
     * One version of a deadline.
     *
     * @param extendsToWorkingDay whether the söndagsregel in lag (1930:173) om beräkning av lagstadgad tid 2 §
     *        applies: a last day on a Saturday, Sunday, allmän helgdag, midsommarafton, julafton or nyårsafton moves
     *        to the next working day. Required, because each rule must say whether it is a deadline for someone's
     *        action; a forgotten flag would silently shorten or lengthen a party's time.
     */
    public record Rule(String key, Period duration, LocalDate validFrom, LocalDate validTo, String source,
            Boolean extendsToWorkingDay) {

        public Rule {
            if (extendsToWorkingDay == null) {
                throw new IllegalStateException("Fristen " + key + " från " + validFrom
                        + " saknar extends-to-working-day i config/deadlines.yml.");
            }
        }

        boolean appliesOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }

        /** {@code start + duration}, moved past closed days when the rule says so. */
        LocalDate lastDayFrom(LocalDate start) {
            LocalDate end = start.plus(duration);
            return extendsToWorkingDay ? SwedishCalendar.nextWorkingDayIfClosed(end) : end;
        }
    }

    /**
     * The last day of the period that starts on {@code start} under the rule {@code key} valid on {@code start}:
     * {@code start + duration} (lag (1930:173) 1 §: a period in weeks or months ends on the day with the same name or
     * number as the start day, or the month's last day if there is none, which is what {@link LocalDate#plus} does),
     * extended under 2 § of that law when the rule is a deadline for a party's action.
     */
    public LocalDate lastDay(String key, LocalDate start) {
        return rule(key, start).lastDayFrom(start);
    }

    public Rule rule(String key, LocalDate on) {
        return rules.stream().filter(r -> r.key().equals(key) && r.appliesOn(on)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Ingen frist " + key + " gäller " + on
                        + ". Kontrollera config/deadlines.yml."));
    }
}
