package se.kasus.letters;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The data printed in a decision letter (beslutsbrev).
 *
 * <p>Nullable: {@code applicantAddressLines} (null means skyddad identitet: the letter goes via
 * Skatteverket and no address may be printed), {@code serviceDescription} and {@code validFrom}
 * (only when the outcome is {@link Outcome#AVSLAG}), {@code validTo} (open-ended decision) and
 * {@code appealDeadlineHint}. Everything else is required, because a letter missing e.g. its
 * lagrum or decision maker is not a valid decision to send out.
 *
 * @param applicantAddressLines postal address, one line per {@code \n}
 * @param legalBasis the lagrum, e.g. "11 kap. 1 § socialtjänstlagen (2025:400)"
 * @param appealDeadlineHint an estimated last day to appeal; printed only as guidance, since the
 *     three weeks legally run from the day the applicant received the decision
 */
public record DecisionLetter(
        String municipalityName,
        String unitName,
        String caseReference,
        LocalDate decisionDate,
        String applicantName,
        String applicantPersonnummer,
        String applicantAddressLines,
        String subject,
        Outcome outcome,
        String serviceDescription,
        LocalDate validFrom,
        LocalDate validTo,
        String motivation,
        String legalBasis,
        String decidedByName,
        String decidedByTitle,
        String delegationReference,
        boolean appealable,
        LocalDate appealDeadlineHint,
        String caseworkerName,
        String caseworkerContact) {

    public DecisionLetter {
        requireText(municipalityName, "municipalityName");
        requireText(unitName, "unitName");
        requireText(caseReference, "caseReference");
        Objects.requireNonNull(decisionDate, "decisionDate");
        requireText(applicantName, "applicantName");
        requireText(applicantPersonnummer, "applicantPersonnummer");
        requireText(subject, "subject");
        Objects.requireNonNull(outcome, "outcome");
        requireText(motivation, "motivation");
        requireText(legalBasis, "legalBasis");
        requireText(decidedByName, "decidedByName");
        requireText(decidedByTitle, "decidedByTitle");
        requireText(delegationReference, "delegationReference");
        requireText(caseworkerName, "caseworkerName");
        requireText(caseworkerContact, "caseworkerContact");
        // Blank is not the same as null: null means protected identity, blank would be a data error
        // that silently prints a letter without address.
        if (applicantAddressLines != null && applicantAddressLines.isBlank()) {
            throw new IllegalArgumentException("applicantAddressLines is blank; use null for skyddad identitet");
        }
        if (outcome.grantsService()) {
            requireText(serviceDescription, "serviceDescription");
            Objects.requireNonNull(validFrom, "validFrom");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo " + validTo + " is before validFrom " + validFrom);
        }
    }

    /** Skyddad identitet: the address is unknown to us and must never be printed. */
    public boolean addressProtected() {
        return applicantAddressLines == null;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
