package se.kasus.casework;

import java.util.List;

import se.kasus.registry.PersonView;

/** Everything about one client that the user's unit may see, for one screen. */
public record ClientFile(PersonView person, List<CaseSummary> cases, List<DecisionView> decisions,
        List<ServiceOrderView> orders, List<CommunicationView> communications, List<AppealView> appeals,
        List<InvestigationView> investigations, List<JournalEntryView> journal, List<DocumentView> documents) {

    /** A case with where its process stands and its open tasks. */
    public record CaseSummary(CaseView caseView, List<String> activeSteps, List<OpenTask> openTasks) {
    }

    public record OpenTask(String taskId, String name, String assignee) {
    }
}
