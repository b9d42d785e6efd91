package se.kasus.casework;

/** The report's texts as written in "Skriv utredningen"; a proposal is null for a question the court did not ask. */
public record VbuReport(String background, String parentsViews, String assessment, String proposalVardnad,
        String proposalBoende, String proposalUmgange) {

    public String proposal(VbuQuestion q) {
        return switch (q) {
            case VARDNAD -> proposalVardnad;
            case BOENDE -> proposalBoende;
            case UMGANGE -> proposalUmgange;
        };
    }
}
