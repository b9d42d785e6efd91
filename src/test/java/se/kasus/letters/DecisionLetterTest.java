package se.kasus.letters;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DecisionLetterTest {

    @Test
    void blankAddressIsRejectedBecauseOnlyNullMeansSkyddadIdentitet() {
        assertThatThrownBy(() -> letter(Outcome.BIFALL, " ", "Hemtjänst", LocalDate.of(2025, 4, 1), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("applicantAddressLines");
    }

    @Test
    void grantedServiceNeedsDescriptionAndStartDate() {
        assertThatThrownBy(() -> letter(Outcome.BIFALL, "Storgatan 1", null, LocalDate.of(2025, 4, 1), null))
                .hasMessageContaining("serviceDescription");
        assertThatThrownBy(() -> letter(Outcome.DELVIS_BIFALL, "Storgatan 1", "Hemtjänst", null, null))
                .hasMessageContaining("validFrom");
    }

    @Test
    void avslagNeedsNoServiceOrPeriod() {
        assertThatCode(() -> letter(Outcome.AVSLAG, null, null, null, null)).doesNotThrowAnyException();
    }

    @Test
    void periodMustNotEndBeforeItStarts() {
        assertThatThrownBy(() -> letter(Outcome.BIFALL, "Storgatan 1", "Hemtjänst",
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 3, 31)))
                .hasMessageContaining("validTo");
    }

    private static DecisionLetter letter(Outcome outcome, String address, String service,
            LocalDate from, LocalDate to) {
        return new DecisionLetter("Häggsjö kommun", "Biståndsenheten", "KS-1", LocalDate.of(2025, 3, 14),
                "Åsa Öberg", "19121212-1212", address, "Ansökan om hemtjänst", outcome, service, from, to,
                "Motivering.", "11 kap. 1 § socialtjänstlagen (2025:400)", "Maria Lindqvist",
                "biståndshandläggare", "Delegationsordning punkt 3.1", true, null, "Karin Berg", "0123-456 78");
    }
}
