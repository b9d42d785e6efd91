package se.kasus.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** A table report: A4 landscape, the header row and "Sida n (N)" on every page, no personal data in the metadata. */
class ReportRendererTest {

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void aLongTableGoesOnOverPages_withItsHeaderAndPageNumbersOnEach() throws IOException {
        List<Report.Row> rows = new ArrayList<>();
        for (int i = 300; i > 0; i--) {
            rows.add(new Report.Row(List.of(Long.toString(i), "Läste", "Åsa Öberg (åsa.öberg)", "Handläggning"), i == 7));
        }
        byte[] pdf = renderer.render(report(rows, new Report.Status(true, "Loggkedjan är hel.", "300 poster.")));

        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        assertThat(pages).isGreaterThan(2);
        assertThat(reader.getPageSizeWithRotation(1).getWidth()).isEqualTo(PageSize.A4.getHeight());
        assertThat(reader.getPageSizeWithRotation(1).getHeight()).isEqualTo(PageSize.A4.getWidth());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= pages; page++) {
            String text = extractor.getTextFromPage(page);
            assertThat(text).as("page %d", page).contains("Nr Åtgärd Vem Orsak", "Sekretess");
            assertThat(text.replaceAll("\\s+", "")).as("page %d", page).contains("Sida" + page + "(" + pages + ")");
        }
        String first = extractor.getTextFromPage(1);
        assertThat(first).contains("Loggutdrag", "Astrid Lindqvist, 19340312-9806", "Loggkedjan är hel.",
                "Åsa Öberg (åsa.öberg)");
        assertThat(extractor.getTextFromPage(pages)).contains("Åsa Öberg").doesNotContain("Loggkedjan är hel.");
    }

    @Test
    void metadataHasTheTitleOnly_andNoPersonalData() throws IOException {
        byte[] pdf = renderer.render(report(List.of(), new Report.Status(false, "Loggkedjan är bruten.", "Post 3.")));
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getInfo()).containsEntry("Title", "Loggutdrag").containsEntry("Creator", "Kasus");
        assertThat(String.join("|", reader.getInfo().values())).doesNotContain("Astrid", "19340312");
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Loggkedjan är bruten.", "Post 3.",
                "Inga poster.");
    }

    @Test
    void aRowMustHaveACellForEveryColumn() {
        assertThatThrownBy(() -> report(List.of(new Report.Row(List.of("1"), false)), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Report report(List<Report.Row> rows, Report.Status status) {
        return new Report("Loggutdrag", "Astrid Lindqvist, 19340312-9806",
                List.of(new Report.Fact("Period", "Hela loggen")), status,
                List.of(new Report.Column("Nr", 5), new Report.Column("Åtgärd", 10), new Report.Column("Vem", 20),
                        new Report.Column("Orsak", 30)),
                rows, "Inga poster.", "Sekretess enligt OSL 26 kap.");
    }
}
