package se.kasus.provision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

import se.kasus.casework.ServiceType;

/**
 * The price lists and billing rules of {@code config/ersattning.yml}, checked when the application starts: a price
 * list that overlaps itself or lacks a price would otherwise turn up as a wrong invoice months later.
 */
@ConfigurationProperties("kasus.ersattning")
public record ErsattningRules(ZoneId zone, Rules rules, List<PricePeriod> prices) {

    /** How a visit's time is rounded to whole minutes. */
    public enum Rounding {
        UP(RoundingMode.CEILING), HALF_UP(RoundingMode.HALF_UP), DOWN(RoundingMode.FLOOR);

        final RoundingMode mode;

        Rounding(RoundingMode mode) {
            this.mode = mode;
        }
    }

    public record Rules(LocalTime dayStart, LocalTime eveningStart, boolean weekendIncludesPublicHolidays,
            Rounding rounding, int minimumMinutes, int customerCancellationBillableWithinHours, int lockDay) {
    }

    public record Hourly(BigDecimal vardagDag, BigDecimal vardagKvall, BigDecimal helg) {

        BigDecimal in(TimeBand band) {
            return switch (band) {
                case VARDAG_DAG -> vardagDag;
                case VARDAG_KVALL -> vardagKvall;
                case HELG -> helg;
            };
        }
    }

    public record PricePeriod(String provider, ServiceType serviceType, LocalDate validFrom, LocalDate validTo,
            Hourly hourly, BigDecimal perDelivery, BigDecimal perDay) {

        boolean appliesOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }

        boolean overlaps(PricePeriod other) {
            return provider.equals(other.provider) && serviceType == other.serviceType
                    && (other.validTo == null || !validFrom.isAfter(other.validTo))
                    && (validTo == null || !other.validFrom.isAfter(validTo));
        }
    }

    public ErsattningRules {
        zone = zone == null ? ZoneId.of("Europe/Stockholm") : zone;
        prices = prices == null ? List.of() : List.copyOf(prices);
        List<String> problems = problems(rules, prices);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("config/ersattning.yml är felaktig: " + String.join("; ", problems));
        }
    }

    private static List<String> problems(Rules rules, List<PricePeriod> prices) {
        List<String> problems = new ArrayList<>();
        if (rules == null || rules.dayStart() == null || rules.eveningStart() == null || rules.rounding() == null) {
            problems.add("rules måste ange dayStart, eveningStart och rounding");
        } else {
            if (!rules.dayStart().isBefore(rules.eveningStart())) {
                problems.add("dayStart måste vara före eveningStart");
            }
            if (rules.minimumMinutes() < 0 || rules.customerCancellationBillableWithinHours() < 0) {
                problems.add("minimumMinutes och customerCancellationBillableWithinHours får inte vara negativa");
            }
            if (rules.lockDay() < 1 || rules.lockDay() > 28) {
                problems.add("lockDay måste vara 1–28");
            }
        }
        for (int i = 0; i < prices.size(); i++) {
            PricePeriod p = prices.get(i);
            String name = "prices[" + i + "]";
            if (p.provider() == null || p.serviceType() == null || p.validFrom() == null) {
                problems.add(name + " saknar provider, serviceType eller validFrom");
                continue;
            }
            if (p.validTo() != null && p.validTo().isBefore(p.validFrom())) {
                problems.add(name + " slutar före det börjar");
            }
            if (!hasPrice(p)) {
                problems.add(name + " saknar pris för " + p.serviceType() + " (" + expected(p.serviceType()) + ")");
            }
            for (int j = 0; j < i; j++) {
                PricePeriod other = prices.get(j);
                if (other.provider() != null && other.serviceType() != null && other.validFrom() != null
                        && p.overlaps(other)) {
                    problems.add(name + " överlappar prices[" + j + "] (" + p.provider() + ", " + p.serviceType()
                            + ")");
                }
            }
        }
        return problems;
    }

    /** Which kind of price an insats is paid by: time, deliveries or days. */
    static String expected(ServiceType type) {
        return switch (Basis.of(type)) {
            case TIME -> "hourly";
            case DELIVERY -> "perDelivery";
            case DAY -> "perDay";
        };
    }

    private static boolean hasPrice(PricePeriod p) {
        return switch (Basis.of(p.serviceType())) {
            case TIME -> p.hourly() != null && positive(p.hourly().vardagDag()) && positive(p.hourly().vardagKvall())
                    && positive(p.hourly().helg());
            case DELIVERY -> positive(p.perDelivery());
            case DAY -> positive(p.perDay());
        };
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }

    /** What an insats is paid by. */
    enum Basis {
        TIME, DELIVERY, DAY;

        static Basis of(ServiceType type) {
            return switch (type) {
                case HEMTJANST, KONTAKTPERSON, OPPENVARD -> TIME;
                case MATDISTRIBUTION -> DELIVERY;
                // Placements and kontaktfamilj are paid per dygn (vårddygn), like a place in särskilt boende.
                case TRYGGHETSLARM, DAGVERKSAMHET, KORTTIDSBOENDE, SARSKILT_BOENDE, KONTAKTFAMILJ, FAMILJEHEM, HVB -> DAY;
                // Försörjningsstöd is paid to the household by the municipality; no utförare is ever paid for it.
                case FORSORJNINGSSTOD -> throw new IllegalArgumentException("Försörjningsstöd har ingen utförare.");
            };
        }
    }

    /** The price period of a provider's insats valid on that day. */
    public Optional<PricePeriod> priceOn(String provider, ServiceType type, LocalDate day) {
        return prices.stream().filter(p -> p.provider().equals(provider) && p.serviceType() == type)
                .filter(p -> p.appliesOn(day)).findFirst();
    }
}
