package se.kasus.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

class DecisionLetterRendererTest {

    private final DecisionLetterRenderer renderer = new DecisionLetterRenderer();

    @Test
    void bifallLetterStatesOutcomeGrantedServicePeriodMotivationAndLagrum() {
        String text = textOf(renderer.render(bifall()));

        assertThat(text)
                .contains("Beslut: Bifall", "Din ansökan beviljas.")
                .doesNotContain("Avslag", "avslås")
                .contains("Beviljad insats: Hemtjänst, 20 timmar per månad")
                .contains("Period: Från och med 2025-04-01 till och med 2025-09-30")
                .contains("Du har behov av stöd i vardagen för att uppnå skälig levnadsnivå.")
                .contains("Läkarintyget styrker behovet.")
                .contains("Lagrum: 11 kap. 1 § socialtjänstlagen (2025:400)")
                .contains("Häggsjö kommun", "Biståndsenheten", "KS-2025-0142", "2025-03-14")
                .contains("Ansökan om hemtjänst", "Sökande: Åsa Öberg, 19121212-1212")
                .contains("Beslutet har fattats av Maria Lindqvist, biståndshandläggare,"
                        + " med stöd av delegation enligt Delegationsordning punkt 3.1.")
                .contains("Karin Berg", "0123-456 78");
    }

    @Test
    void avslagLetterStatesRefusalWithoutGrantedServiceOrPeriod() {
        String text = textOf(renderer.render(avslag()));

        assertThat(text)
                .contains("Beslut: Avslag", "Din ansökan avslås.")
                .doesNotContain("Bifall", "beviljas", "Beviljad insats", "Period:")
                .contains("Du klarar din vardag med det stöd du redan har.")
                .contains("Lagrum: 11 kap. 1 § socialtjänstlagen (2025:400)");
    }

    @Test
    void delvisBifallSaysWhatIsGrantedAndThatTheRestIsRefused() {
        String text = textOf(renderer.render(withOutcome(bifall(), Outcome.DELVIS_BIFALL, true)));

        assertThat(text)
                .contains("Beslut: Delvis bifall", "beviljas delvis", "avslås i övrigt")
                .contains("Beviljad insats: Hemtjänst, 20 timmar per månad");
    }

    @Test
    void openEndedDecisionSaysTillsVidare() {
        DecisionLetter letter = withValidTo(bifall(), null);

        assertThat(textOf(renderer.render(letter)))
                .contains("Period: Från och med 2025-04-01 och tills vidare");
    }

    @Test
    void swedishLettersSurviveInDataAndFixedText() {
        assertThat(textOf(renderer.render(bifall())))
                .contains("Testord: åäö ÅÄÖ é ü", "Åsa Öberg", "Häggsjö")
                .contains("Skäl för beslutet", "Frågor om beslutet");
        assertThat(textOf(renderer.render(avslag()))).contains("Hur man överklagar", "förvaltningsrätten");
    }

    @Test
    void lettersOutsideCp1252AreNotDropped() {
        DecisionLetter letter = withApplicantName(bifall(), "Michał Łukasiewicz Áŋŋe");

        assertThat(textOf(renderer.render(letter))).contains("Michał Łukasiewicz Áŋŋe");
    }

    @Test
    void appealableLetterCarriesOverklagandehanvisning() {
        String text = textOf(renderer.render(avslag()));

        assertThat(text)
                .contains("Hur man överklagar")
                .contains("överklaga det till förvaltningsrätten")
                .contains("Skicka eller lämna ditt överklagande till Biståndsenheten, Häggsjö kommun")
                .contains("inom tre veckor från den dag du fick ta del av beslutet")
                .contains("senast 2025-04-08")
                .contains("vilket beslut du överklagar", "vilken ändring du vill ha",
                        "varför du anser att beslutet ska ändras", "din underskrift",
                        "dina kontaktuppgifter")
                .contains("Kommunen hjälper dig. Kontakta din handläggare Karin Berg: Telefon 0123-456 78");
    }

    @Test
    void letterThatCannotBeAppealedHasNoOverklagandehanvisning() {
        String text = textOf(renderer.render(bifall()));

        assertThat(text).doesNotContainIgnoringCase("överklag").doesNotContain("förvaltningsrätt");
    }

    @Test
    void appealableFlagAloneDecidesOverklagandehanvisning() {
        String notAppealable = textOf(renderer.render(withOutcome(avslag(), Outcome.AVSLAG, false)));
        String appealable = textOf(renderer.render(withOutcome(bifall(), Outcome.BIFALL, true)));

        assertThat(notAppealable).doesNotContain("Hur man överklagar");
        assertThat(appealable).contains("Hur man överklagar");
    }

    @Test
    void addressIsPrintedForOrdinaryApplicant() {
        assertThat(textOf(renderer.render(bifall())))
                .contains("Storgatan 12 B", "123 45 Häggsjö")
                .doesNotContain(DecisionLetterRenderer.PROTECTED_ADDRESS_NOTE);
    }

    @Test
    void skyddadIdentitetPrintsNoAddressOnlyTheSkatteverketNote() {
        DecisionLetter letter = withAddress(bifall(), null);

        String text = textOf(renderer.render(letter));

        assertThat(text)
                .contains("Åsa Öberg")
                .contains("Adress skyddad – skickas via Skatteverket")
                .doesNotContain("Storgatan", "123 45", "null");
    }

    @Test
    void isA4WithCaseReferenceAndPageNumbersInTheFooter() throws IOException {
        byte[] pdf = renderer.render(avslag());

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(PageSize.A4.getWidth());
        assertThat(reader.getPageSize(1).getHeight()).isEqualTo(PageSize.A4.getHeight());
        int pages = reader.getNumberOfPages();
        assertThat(textOf(pdf)).contains("Ärende KS-2025-0143", "Sida 1 (" + pages + ")", "Sida " + pages + " (" + pages + ")");
    }

    @Test
    void metadataHasTitleSubjectCreatorAndNoPersonalData() throws IOException {
        Map<String, String> info = new PdfReader(renderer.render(bifall())).getInfo();

        assertThat(info)
                .containsEntry("Title", "Beslut KS-2025-0142")
                .containsEntry("Creator", "Kasus")
                .containsKey("Subject")
                .doesNotContainKeys("Author", "Keywords");
        assertThat(String.join("|", info.values()))
                .doesNotContain("Åsa", "Öberg", "19121212", "Storgatan", "Lindqvist", "Karin", "hemtjänst");
    }

    static DecisionLetter bifall() {
        return new DecisionLetter("Häggsjö kommun", "Biståndsenheten", "KS-2025-0142",
                LocalDate.of(2025, 3, 14), "Åsa Öberg", "19121212-1212", "Storgatan 12 B\n123 45 Häggsjö",
                "Ansökan om hemtjänst", Outcome.BIFALL, "Hemtjänst, 20 timmar per månad",
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 30),
                "Du har behov av stöd i vardagen för att uppnå skälig levnadsnivå."
                        + " Testord: åäö ÅÄÖ é ü\n\nLäkarintyget styrker behovet.",
                "11 kap. 1 § socialtjänstlagen (2025:400)", "Maria Lindqvist", "biståndshandläggare",
                "Delegationsordning punkt 3.1", false, null, "Karin Berg",
                "Telefon 0123-456 78\nkarin.berg@haggsjo.example");
    }

    static DecisionLetter avslag() {
        return new DecisionLetter("Häggsjö kommun", "Biståndsenheten", "KS-2025-0143",
                LocalDate.of(2025, 3, 14), "Åsa Öberg", "19121212-1212", "Storgatan 12 B\n123 45 Häggsjö",
                "Ansökan om hemtjänst", Outcome.AVSLAG, null, null, null,
                "Du klarar din vardag med det stöd du redan har.",
                "11 kap. 1 § socialtjänstlagen (2025:400)", "Maria Lindqvist", "biståndshandläggare",
                "Delegationsordning punkt 3.1", true, LocalDate.of(2025, 4, 8), "Karin Berg",
                "Telefon 0123-456 78");
    }

    private static DecisionLetter withOutcome(DecisionLetter l, Outcome outcome, boolean appealable) {
        String service = outcome.grantsService() ? "Hemtjänst, 20 timmar per månad" : l.serviceDescription();
        LocalDate from = outcome.grantsService() ? LocalDate.of(2025, 4, 1) : l.validFrom();
        return new DecisionLetter(l.municipalityName(), l.unitName(), l.caseReference(), l.decisionDate(),
                l.applicantName(), l.applicantPersonnummer(), l.applicantAddressLines(), l.subject(), outcome,
                service, from, l.validTo(), l.motivation(), l.legalBasis(), l.decidedByName(),
                l.decidedByTitle(), l.delegationReference(), appealable, l.appealDeadlineHint(),
                l.caseworkerName(), l.caseworkerContact());
    }

    private static DecisionLetter withAddress(DecisionLetter l, String address) {
        return new DecisionLetter(l.municipalityName(), l.unitName(), l.caseReference(), l.decisionDate(),
                l.applicantName(), l.applicantPersonnummer(), address, l.subject(), l.outcome(),
                l.serviceDescription(), l.validFrom(), l.validTo(), l.motivation(), l.legalBasis(),
                l.decidedByName(), l.decidedByTitle(), l.delegationReference(), l.appealable(),
                l.appealDeadlineHint(), l.caseworkerName(), l.caseworkerContact());
    }

    private static DecisionLetter withApplicantName(DecisionLetter l, String name) {
        return new DecisionLetter(l.municipalityName(), l.unitName(), l.caseReference(), l.decisionDate(),
                name, l.applicantPersonnummer(), l.applicantAddressLines(), l.subject(), l.outcome(),
                l.serviceDescription(), l.validFrom(), l.validTo(), l.motivation(), l.legalBasis(),
                l.decidedByName(), l.decidedByTitle(), l.delegationReference(), l.appealable(),
                l.appealDeadlineHint(), l.caseworkerName(), l.caseworkerContact());
    }

    private static DecisionLetter withValidTo(DecisionLetter l, LocalDate validTo) {
        return new DecisionLetter(l.municipalityName(), l.unitName(), l.caseReference(), l.decisionDate(),
                l.applicantName(), l.applicantPersonnummer(), l.applicantAddressLines(), l.subject(),
                l.outcome(), l.serviceDescription(), l.validFrom(), validTo, l.motivation(), l.legalBasis(),
                l.decidedByName(), l.decidedByTitle(), l.delegationReference(), l.appealable(),
                l.appealDeadlineHint(), l.caseworkerName(), l.caseworkerContact());
    }

    /** All pages' text, whitespace collapsed so that line wrapping does not matter. */
    static String textOf(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
