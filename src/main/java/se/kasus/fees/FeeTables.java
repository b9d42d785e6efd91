package se.kasus.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The yearly amounts of SoL 32 kap. and the municipality's taxa, from {@code config/avgifter.yml}. Checked when
 * bound, so Kasus does not start with a gap, an overlap, or an amount that does not follow from its formula.
 */
@ConfigurationProperties("kasus.avgifter")
public record FeeTables(List<YearTable> tables, Municipal municipal, DecisionTexts beslut) {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    public FeeTables {
        if (tables == null || tables.isEmpty()) {
            throw new IllegalStateException("kasus.avgifter.tables: no year table");
        }
        if (municipal == null) {
            throw new IllegalStateException("kasus.avgifter.municipal is missing");
        }
        tables = tables.stream().sorted(Comparator.comparing(YearTable::validFrom)).toList();
        tables.forEach(YearTable::check);
        checkContiguous(tables);
        municipal.check();
        if (beslut == null || beslut.lagrum() == null || beslut.overklagandeLagrum() == null) {
            throw new IllegalStateException("kasus.avgifter.beslut: lagrum and overklagande-lagrum are required");
        }
    }

    /** The table in force on the first day of {@code month}, if any. */
    public Optional<YearTable> forMonth(YearMonth month) {
        LocalDate day = month.atDay(1);
        return tables.stream().filter(t -> t.covers(day)).findFirst();
    }

    private static void checkContiguous(List<YearTable> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            YearTable before = sorted.get(i - 1);
            YearTable after = sorted.get(i);
            if (before.validTo() == null || !before.validTo().plusDays(1).equals(after.validFrom())) {
                throw new IllegalStateException("kasus.avgifter.tables: " + before.year() + " and " + after.year()
                        + " leave a gap or overlap (" + before.validTo() + " / " + after.validFrom() + ")");
            }
        }
    }

    /** {@code factor × prisbasbelopp ÷ 12}, rounded to the nearest whole krona, half up: how the amounts are published. */
    public static BigDecimal monthlyAmount(BigDecimal factor, BigDecimal prisbasbelopp) {
        return factor.multiply(prisbasbelopp).divide(MONTHS, 0, RoundingMode.HALF_UP);
    }

    /** One year's amounts (kr per month) and the factors they come from. */
    public record YearTable(int year, LocalDate validFrom, LocalDate validTo, BigDecimal prisbasbelopp,
            BigDecimal maxtaxaFactor, BigDecimal maxBostadsavgiftFactor, BigDecimal minimibeloppSingleFactor,
            BigDecimal minimibeloppCoupleFactor, BigDecimal maxtaxa, BigDecimal maxBostadsavgift,
            BigDecimal minimibeloppSingle, BigDecimal minimibeloppCoupleEach, String status, String source) {

        boolean covers(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }

        void check() {
            String where = "kasus.avgifter.tables[" + year + "]";
            if (validFrom == null || prisbasbelopp == null || source == null || source.isBlank()
                    || !("verified".equals(status) || "check".equals(status))) {
                throw new IllegalStateException(where + ": valid-from, prisbasbelopp, status (verified/check) and"
                        + " source are required");
            }
            if (validTo != null && validTo.isBefore(validFrom)) {
                throw new IllegalStateException(where + ": valid-to before valid-from");
            }
            requireFormula(where + ".maxtaxa", maxtaxaFactor, maxtaxa);
            requireFormula(where + ".max-bostadsavgift", maxBostadsavgiftFactor, maxBostadsavgift);
            requireFormula(where + ".minimibelopp-single", minimibeloppSingleFactor, minimibeloppSingle);
            requireFormula(where + ".minimibelopp-couple-each", minimibeloppCoupleFactor, minimibeloppCoupleEach);
        }

        private void requireFormula(String where, BigDecimal factor, BigDecimal amount) {
            if (factor == null || amount == null) {
                throw new IllegalStateException(where + ": factor and amount are required");
            }
            BigDecimal expected = monthlyAmount(factor, prisbasbelopp);
            if (expected.compareTo(amount) != 0) {
                throw new IllegalStateException(where + ": " + amount + " does not follow from " + factor
                        + " × " + prisbasbelopp + " ÷ 12 = " + expected);
            }
        }
    }

    /** What the municipality decides: the basis of the fee and its taxa. */
    public record Municipal(FeeBasisRule avgiftsgrund, LocalDate validFrom, BigDecimal timtaxaHemtjanst,
            BigDecimal trygghetslarmPerManad, BigDecimal matdistributionPerPortion, Under65 hogreMinimibeloppUnder65,
            String source) {

        void check() {
            List<String> missing = new ArrayList<>();
            if (avgiftsgrund == null) missing.add("avgiftsgrund");
            if (validFrom == null) missing.add("valid-from");
            if (timtaxaHemtjanst == null || timtaxaHemtjanst.signum() < 0) missing.add("timtaxa-hemtjanst");
            if (trygghetslarmPerManad == null || trygghetslarmPerManad.signum() < 0) missing.add("trygghetslarm-per-manad");
            if (matdistributionPerPortion == null || matdistributionPerPortion.signum() < 0) {
                missing.add("matdistribution-per-portion");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("kasus.avgifter.municipal: missing or negative " + missing);
            }
        }

        Under65 under65() {
            return hogreMinimibeloppUnder65 == null ? new Under65(false, BigDecimal.ZERO) : hogreMinimibeloppUnder65;
        }
    }

    /** A higher minimibelopp under 65: a local choice, off by default. */
    public record Under65(boolean enabled, BigDecimal percent) {
    }

    /** What a month's cost is based on. */
    public enum FeeBasisRule {
        /** The decided omfattning (beslutad tid). */
        BESLUTAD_TID,
        /** Performed time from the providers' attested time reporting ({@code provision.PerformedServices}). */
        UTFORD_TID
    }

    /** The legal ground printed in a fee decision and where an appeal goes. */
    public record DecisionTexts(String lagrum, String overklagandeLagrum, boolean appealable, String status,
            String source) {
    }
}
