package se.kasus.fees;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.kasus.letters.Report;
import se.kasus.letters.ReportRenderer;
import se.kasus.registry.PersonView;

/** The avgiftsbeslut as a PDF letter: the fee in a box, the computation as a table, motivering and appeal. */
@Component
class FeeLetters {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final ReportRenderer renderer;

    FeeLetters(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    byte[] render(PersonView person, String municipality, String unitName, FeeCalculation calculation,
            String motivation, String legalBasis, String appealText, String decidedBy, LocalDate decisionDate) {
        List<Report.Fact> facts = List.of(
                new Report.Fact("Kommun", municipality),
                new Report.Fact("Enhet", unitName),
                new Report.Fact("Avser", monthName(calculation.month())),
                new Report.Fact("Beslutsdatum", decisionDate.toString()),
                new Report.Fact("Beslutat av", decidedBy),
                new Report.Fact("Lagrum", legalBasis),
                new Report.Fact("Motivering", motivation),
                new Report.Fact("Hur man överklagar", appealText));
        Report.Status status = new Report.Status(true, "Din avgift: " + Money.format(calculation.fee())
                + " per månad", "Beräkningen nedan visar hur avgiften har räknats fram.");
        List<Report.Row> rows = calculation.lines().stream()
                .map(l -> new Report.Row(List.of(l.label(), Money.format(l.amount())), l.result())).toList();
        Report report = new Report("Avgiftsbeslut", person.fullName() + ", " + person.personnummer(), facts, status,
                List.of(new Report.Column("Beräkning", 75), new Report.Column("Belopp per månad", 25)), rows,
                "Ingen beräkning.", "Avgiftsbeslut. Innehåller uppgifter som omfattas av sekretess (OSL 26 kap. 1 §).");
        return renderer.render(report);
    }

    static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, SWEDISH) + " " + month.getYear();
    }
}
