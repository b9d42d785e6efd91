package se.kasus.casework;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Försörjningsstöd for one month (SoL (2025:400) 12 kap. 1 och 7 §§): riksnormen for the household plus its skäliga
 * kostnader minus its income, never below zero. Pure: the same input gives the same lines and amount, so the
 * proposal, the decision-maker and a later review all see the same calculation.
 */
@Component
public class EkbCalculator {

    /** Children count in the household up to and including 20 years (the riksnorm's oldest band). */
    static final int OLDEST_CHILD = 20;

    private final Riksnorm riksnorm;

    public EkbCalculator(Riksnorm riksnorm) {
        this.riksnorm = riksnorm;
    }

    /** A child in the household, aged on the first day of the month applied for. */
    public record Child(int age, boolean preschoolLunch) {
    }

    /** The applicant, a cohabiting partner if any, and the children. */
    public record Household(boolean cohabiting, List<Child> children) {

        public int size() {
            return (cohabiting ? 2 : 1) + children.size();
        }
    }

    /** Skäliga kostnader per month, kr, as the investigation found them. */
    public record Costs(int housing, int householdElectricity, int workTravel, int homeInsurance, int unionFee,
            int unemploymentFund, int other) {
    }

    public record Line(String label, int amount) {
    }

    /** The calculation, line by line; {@code housingNote} says why the housing cost was capped, when it was. */
    public record Result(YearMonth month, int normYear, List<Line> normLines, int norm, List<Line> costLines,
            int costs, int housingClaimed, int housingCounted, String housingNote, int income, int amount) {

        public boolean housingCapped() {
            return housingCounted < housingClaimed;
        }
    }

    /** Whether Kasus has a riksnorm for the month: an application for another month is refused, not guessed. */
    public boolean covers(YearMonth month) {
        return riksnorm.forMonth(month).isPresent();
    }

    public Result calculate(YearMonth month, Household household, Costs costs, int income) {
        Riksnorm.YearTable table = riksnorm.forMonth(month).orElseThrow(() -> new CaseRuleException(
                "Riksnormen för " + month.getYear() + " finns inte i Kasus."));
        List<Line> normLines = normLines(table, household);
        int norm = normLines.stream().mapToInt(Line::amount).sum();
        int limit = riksnorm.municipal().housingLimit(household.size());
        int housing = Math.min(costs.housing(), limit);
        String note = housing < costs.housing() ? "Boendekostnaden " + costs.housing() + " kr är högre än den skäliga"
                + " för ett hushåll med " + persons(household.size()) + " (" + limit + " kr enligt nämndens"
                + " riktlinjer); " + limit + " kr räknas." : null;
        List<Line> costLines = costLines(costs, housing);
        int costSum = costLines.stream().mapToInt(Line::amount).sum();
        int amount = Math.max(0, norm + costSum - income);
        return new Result(month, table.year(), normLines, norm, costLines, costSum, costs.housing(), housing, note,
                income, amount);
    }

    private static List<Line> normLines(Riksnorm.YearTable table, Household household) {
        List<Line> lines = new ArrayList<>();
        lines.add(household.cohabiting() ? new Line("Sammanboende vuxna", table.cohabitingPair())
                : new Line("Ensamstående vuxen", table.adultAlone()));
        for (Child child : household.children()) {
            if (child.age() < 0 || child.age() > OLDEST_CHILD) {
                throw new CaseRuleException("Ett barn som är " + child.age() + " år räknas inte till hushållet.");
            }
            String lunch = child.preschoolLunch() && table.band(child.age()).amountWithPreschoolLunch() != null
                    ? ", lunch i förskolan" : "";
            lines.add(new Line("Barn " + child.age() + " år" + lunch,
                    table.band(child.age()).amountFor(child.preschoolLunch())));
        }
        lines.add(new Line("Gemensamma hushållskostnader, " + persons(household.size()),
                table.sharedCosts(household.size())));
        return lines;
    }

    private static List<Line> costLines(Costs c, int housing) {
        List<Line> lines = new ArrayList<>();
        addIfAny(lines, "Boendekostnad", housing);
        addIfAny(lines, "Hushållsel", c.householdElectricity());
        addIfAny(lines, "Arbetsresor", c.workTravel());
        addIfAny(lines, "Hemförsäkring", c.homeInsurance());
        addIfAny(lines, "Fackföreningsavgift", c.unionFee());
        addIfAny(lines, "Avgift till a-kassa", c.unemploymentFund());
        addIfAny(lines, "Andra skäliga kostnader", c.other());
        return lines;
    }

    private static void addIfAny(List<Line> lines, String label, int amount) {
        if (amount != 0) {
            lines.add(new Line(label, amount));
        }
    }

    private static String persons(int n) {
        return n == 1 ? "1 person" : n + " personer";
    }
}
