package se.kasus.letters;

import java.util.ArrayList;
import java.util.List;

/**
 * The wording of the överklagandehänvisning (förvaltningslagen 33, 43 and 44 §§): where the appeal goes,
 * within which time, and what it should contain. Kept apart from the layout because the wording is
 * what legal reviewers check.
 *
 * <p>No court is named: which förvaltningsrätt is competent depends on the municipality, and the
 * municipality forwards the appeal there anyway.
 */
final class AppealText {

    private AppealText() {
    }

    static List<String> intro(DecisionLetter letter) {
        List<String> texts = new ArrayList<>();
        texts.add("Om du inte är nöjd med beslutet kan du överklaga det till förvaltningsrätten.");
        texts.add("Skicka eller lämna ditt överklagande till " + letter.unitName() + ", "
                + letter.municipalityName() + ", inte direkt till förvaltningsrätten. Överklagandet"
                + " måste ha kommit in till oss inom tre veckor från den dag du fick ta del av beslutet."
                + " Om det kommer in för sent kan det inte prövas.");
        if (letter.appealDeadlineHint() != null) {
            // Only guidance: the legal deadline runs from the day of receipt, which we do not know.
            texts.add("Räknat från när vi beräknar att beslutet kommer fram till dig behöver"
                    + " överklagandet ha kommit in senast "
                    + DecisionLetterRenderer.format(letter.appealDeadlineHint())
                    + ". Fick du beslutet senare räknas de tre veckorna från den dagen.");
        }
        texts.add("Vi går först igenom beslutet igen. Om vi inte ändrar det som du vill skickar vi"
                + " ditt överklagande vidare till förvaltningsrätten.");
        return texts;
    }

    static List<String> contents(DecisionLetter letter) {
        return List.of(
                "vilket beslut du överklagar, till exempel ärendenummer " + letter.caseReference()
                        + " och beslutsdatum " + DecisionLetterRenderer.format(letter.decisionDate()),
                "vilken ändring du vill ha",
                "varför du anser att beslutet ska ändras",
                "dina kontaktuppgifter: namn, personnummer, adress och telefonnummer",
                "din underskrift");
    }

    static List<String> help(DecisionLetter letter) {
        return List.of(
                "Skicka gärna med handlingar som stöder det du skriver.",
                "Behöver du hjälp att överklaga? Kommunen hjälper dig. Kontakta din handläggare "
                        + letter.caseworkerName() + ":");
    }
}
