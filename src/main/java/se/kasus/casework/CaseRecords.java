package se.kasus.casework;

import java.util.List;

/**
 * Every record the steps of one case wrote, oldest first, for a review of the case (ärendehistorik): what was
 * investigated, proposed, communicated, decided and why, ordered, followed up and appealed.
 */
public record CaseRecords(CaseView caseView, List<InvestigationView> investigations,
        List<SupplementView> supplements, List<DecisionView> decisions, List<CommunicationView> communications,
        List<ServiceOrderView> orders, List<FollowUpView> followUps, List<AppealView> appeals) {
}
