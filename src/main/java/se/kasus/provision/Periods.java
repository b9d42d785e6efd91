package se.kasus.provision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Whether a provider's month still takes changes. It closes when the municipality attests it or, at the latest,
 * after the lock date (spärrdatum, rules.lockDay of the next month); a closed month's visits never change again.
 */
@Component
class Periods {

    private final ErsattningRules config;
    private final PeriodAttestationRepository attestations;
    private final Clock clock;

    Periods(ErsattningRules config, PeriodAttestationRepository attestations, Clock clock) {
        this.config = config;
        this.attestations = attestations;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(config.zone()));
    }

    /** The last day changes are taken; the month is locked from the day after. */
    LocalDate lockDate(YearMonth month) {
        return month.plusMonths(1).atDay(config.rules().lockDay());
    }

    boolean locked(YearMonth month) {
        return today().isAfter(lockDate(month));
    }

    Optional<PeriodAttestation> attestation(String provider, YearMonth month) {
        return attestations.findByProviderIdAndPeriod(provider, month.toString());
    }

    boolean closed(String provider, YearMonth month) {
        return locked(month) || attestation(provider, month).isPresent();
    }

    /** Where a correction of a closed month goes: the first month after it that is still open. */
    YearMonth nextOpen(String provider, YearMonth month) {
        YearMonth next = month.plusMonths(1);
        while (closed(provider, next)) {
            next = next.plusMonths(1);
        }
        return next;
    }

    /** The refusal of a change to a closed month, saying why and what to do instead. */
    PeriodClosedException closedException(String provider, YearMonth month) {
        String why = attestation(provider, month).isPresent() ? "är attesterad"
                : "är låst sedan spärrdatum " + lockDate(month);
        return new PeriodClosedException("Perioden " + month + " " + why + " och kan inte ändras. En rättelse görs "
                + "av samordnaren som korrigering och förs till nästa öppna period som justering.");
    }

    YearMonth monthOf(java.time.Instant instant) {
        return YearMonth.from(instant.atZone(config.zone()));
    }
}
