package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The municipality's terms for beställningar ({@code kasus.utforare} in {@code config/municipality.yml}): how many
 * working days an utförare has to answer an order before it escalates. A contract term, not law.
 */
@ConfigurationProperties("kasus.utforare")
public record ProviderTerms(Integer svarstidArbetsdagar, String source) {

    public ProviderTerms {
        svarstidArbetsdagar = svarstidArbetsdagar == null ? 2 : svarstidArbetsdagar;
    }

    /** The answer time counts working days from the day the order is sent; it ends when the last day ends. */
    Instant answerDeadline(Instant sent, ZoneId zone) {
        LocalDate day = sent.atZone(zone).toLocalDate();
        for (int left = svarstidArbetsdagar; left > 0; ) {
            day = day.plusDays(1);
            if (!SwedishCalendar.isClosedForDeadlines(day)) {
                left--;
            }
        }
        return ProcessVariables.endOf(day, zone).toInstant();
    }
}
