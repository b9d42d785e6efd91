package se.kasus.casework;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Riksnormen for försörjningsstöd by year and the municipality's limit for a skälig boendekostnad, from
 * {@code config/riksnorm.yml}. Checked when bound, so Kasus does not start with a gap, an overlap or a missing band.
 */
@ConfigurationProperties("kasus.riksnorm")
public record Riksnorm(List<YearTable> tables, Municipal municipal) {

    public Riksnorm {
        if (tables == null || tables.isEmpty()) {
            throw new IllegalStateException("kasus.riksnorm.tables: no year table");
        }
        if (municipal == null || municipal.skaligBoendekostnad() == null || municipal.skaligBoendekostnad().isEmpty()) {
            throw new IllegalStateException("kasus.riksnorm.municipal.skalig-boendekostnad is missing");
        }
        tables = tables.stream().sorted(Comparator.comparing(YearTable::validFrom)).toList();
        tables.forEach(YearTable::check);
        for (int i = 1; i < tables.size(); i++) {
            YearTable before = tables.get(i - 1);
            if (before.validTo() == null || !before.validTo().plusDays(1).equals(tables.get(i).validFrom())) {
                throw new IllegalStateException("kasus.riksnorm.tables: " + before.year() + " and "
                        + tables.get(i).year() + " leave a gap or overlap");
            }
        }
    }

    /** The table in force on the first day of {@code month}, if any. */
    public Optional<YearTable> forMonth(YearMonth month) {
        LocalDate day = month.atDay(1);
        return tables.stream().filter(t -> !day.isBefore(t.validFrom())
                && (t.validTo() == null || !day.isAfter(t.validTo()))).findFirst();
    }

    /** One year's riksnorm (kr per month). */
    public record YearTable(int year, LocalDate validFrom, LocalDate validTo, int adultAlone, int cohabitingPair,
            List<ChildBand> children, List<Integer> sharedCosts, int sharedEachBeyondSeven, String status,
            String source) {

        void check() {
            String where = "kasus.riksnorm.tables[" + year + "]";
            if (validFrom == null || adultAlone <= 0 || cohabitingPair <= 0 || children == null || children.isEmpty()
                    || sharedCosts == null || sharedCosts.size() != 7 || source == null
                    || !("verified".equals(status) || "check".equals(status))) {
                throw new IllegalStateException(where + ": valid-from, adult-alone, cohabiting-pair, children,"
                        + " seven shared-costs, status (verified/check) and source are required");
            }
            for (int age = 0; age <= EkbCalculator.OLDEST_CHILD; age++) {
                int a = age;
                if (children.stream().filter(b -> b.covers(a)).count() != 1) {
                    throw new IllegalStateException(where + ".children: age " + age + " needs exactly one band");
                }
            }
        }

        ChildBand band(int age) {
            return children.stream().filter(b -> b.covers(age)).findFirst()
                    .orElseThrow(() -> new CaseRuleException("Riksnormen saknar belopp för barn som är " + age + " år."));
        }

        /** The household's shared costs: by size up to 7, each person beyond adds a fixed amount. */
        int sharedCosts(int householdSize) {
            int upToSeven = sharedCosts.get(Math.min(householdSize, 7) - 1);
            return upToSeven + Math.max(0, householdSize - 7) * sharedEachBeyondSeven;
        }
    }

    /** An age band of the children's personal costs; the lower amount applies with lunch at förskola 5 days a week. */
    public record ChildBand(int minAge, int maxAge, int amount, Integer amountWithPreschoolLunch) {

        boolean covers(int age) {
            return age >= minAge && age <= maxAge;
        }

        int amountFor(boolean preschoolLunch) {
            return preschoolLunch && amountWithPreschoolLunch != null ? amountWithPreschoolLunch : amount;
        }
    }

    /** The nämnd's riktlinjer: the highest skälig boendekostnad by household size; the last applies to larger ones. */
    public record Municipal(LocalDate validFrom, List<Integer> skaligBoendekostnad, String source) {

        int housingLimit(int householdSize) {
            return skaligBoendekostnad.get(Math.min(householdSize, skaligBoendekostnad.size()) - 1);
        }
    }
}
