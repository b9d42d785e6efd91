package se.kasus.provision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import se.kasus.casework.ServiceType;
import se.kasus.casework.SwedishCalendar;

/**
 * Prices one visit, delivery or day by the rules and dated price lists: pure arithmetic, no database. A timed visit
 * is split at every band boundary, at midnight (a new day may be a weekend or carry a new price) and so at every price
 * change, which the price lists date by day.
 */
final class Pricing {

    private final ErsattningRules config;

    Pricing(ErsattningRules config) {
        this.config = config;
    }

    /** A part of a visit inside one band on one day, priced by the period valid that day. */
    record Segment(Instant start, Instant stop, LocalDate day, TimeBand band, BigDecimal hourlyPrice) {

        long seconds() {
            return Duration.between(start, stop).toSeconds();
        }
    }

    /** What a timed visit is paid: its billable minutes and the amount to the öre. */
    record Priced(long billableMinutes, BigDecimal amount, List<Segment> segments) {
        static final Priced NOTHING = new Priced(0, BigDecimal.ZERO.setScale(2), List.of());
    }

    /** Rounded to whole minutes per visit, then raised to the minimum. */
    long billableMinutes(Instant start, Instant stop) {
        long seconds = Duration.between(start, stop).toSeconds();
        long minutes = BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 0, config.rules().rounding().mode)
                .longValueExact();
        return Math.max(minutes, config.rules().minimumMinutes());
    }

    /**
     * The billable minutes spread over the segments in proportion to the real time in each: amount = Σ(price × seconds)
     * × billable minutes / (total seconds × 60), rounded once, HALF_UP to the öre.
     */
    Priced timed(String provider, ServiceType type, Instant start, Instant stop) {
        List<Segment> segments = segments(provider, type, start, stop);
        long billable = billableMinutes(start, stop);
        long total = Duration.between(start, stop).toSeconds();
        BigDecimal weighted = segments.stream()
                .map(s -> s.hourlyPrice().multiply(BigDecimal.valueOf(s.seconds())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal amount = weighted.multiply(BigDecimal.valueOf(billable))
                .divide(BigDecimal.valueOf(total * 60), 2, RoundingMode.HALF_UP);
        return new Priced(billable, amount, segments);
    }

    List<Segment> segments(String provider, ServiceType type, Instant start, Instant stop) {
        if (!stop.isAfter(start)) {
            throw new IllegalArgumentException("stop must be after start");
        }
        List<Segment> segments = new ArrayList<>();
        Instant cursor = start;
        while (cursor.isBefore(stop)) {
            ZonedDateTime local = cursor.atZone(config.zone());
            Instant boundary = nextBoundary(local.toLocalDateTime());
            Instant end = boundary.isBefore(stop) ? boundary : stop;
            LocalDate day = local.toLocalDate();
            TimeBand band = band(local.toLocalDateTime());
            segments.add(new Segment(cursor, end, day, band, hourly(provider, type, day).in(band)));
            cursor = end;
        }
        return segments;
    }

    private Instant nextBoundary(LocalDateTime t) {
        LocalDate day = t.toLocalDate();
        for (LocalDateTime candidate : List.of(day.atTime(config.rules().dayStart()),
                day.atTime(config.rules().eveningStart()), day.plusDays(1).atStartOfDay())) {
            if (candidate.isAfter(t)) {
                return candidate.atZone(config.zone()).toInstant();
            }
        }
        throw new IllegalStateException("no boundary after " + t);
    }

    TimeBand band(LocalDateTime t) {
        LocalDate day = t.toLocalDate();
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || config.rules().weekendIncludesPublicHolidays() && SwedishCalendar.isPublicHoliday(day);
        if (weekend) {
            return TimeBand.HELG;
        }
        boolean daytime = !t.toLocalTime().isBefore(config.rules().dayStart())
                && t.toLocalTime().isBefore(config.rules().eveningStart());
        return daytime ? TimeBand.VARDAG_DAG : TimeBand.VARDAG_KVALL;
    }

    private ErsattningRules.Hourly hourly(String provider, ServiceType type, LocalDate day) {
        ErsattningRules.PricePeriod period = price(provider, type, day);
        if (period.hourly() == null) {
            throw new MissingPriceException(provider, type, day);
        }
        return period.hourly();
    }

    BigDecimal deliveries(String provider, ServiceType type, LocalDate day, int count) {
        BigDecimal each = price(provider, type, day).perDelivery();
        if (each == null) {
            throw new MissingPriceException(provider, type, day);
        }
        return each.multiply(BigDecimal.valueOf(count)).setScale(2, RoundingMode.HALF_UP);
    }

    BigDecimal day(String provider, ServiceType type, LocalDate day) {
        BigDecimal perDay = price(provider, type, day).perDay();
        if (perDay == null) {
            throw new MissingPriceException(provider, type, day);
        }
        return perDay.setScale(2, RoundingMode.HALF_UP);
    }

    private ErsattningRules.PricePeriod price(String provider, ServiceType type, LocalDate day) {
        return config.priceOn(provider, type, day).orElseThrow(() -> new MissingPriceException(provider, type, day));
    }

    /** Whether a cancellation by the client came so late that the planned time is paid. */
    boolean lateCancellation(Instant cancelledAt, Instant plannedStart) {
        return Duration.between(cancelledAt, plannedStart)
                .compareTo(Duration.ofHours(config.rules().customerCancellationBillableWithinHours())) < 0;
    }
}
