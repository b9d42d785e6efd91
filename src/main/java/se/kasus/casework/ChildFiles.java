package se.kasus.casework;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.access.Permission;

/**
 * The barn och unga part of a client file: for each child's case the report, skyddsbedömning, förhandsbedömning and
 * BBIC utredning. Read within the client file, whose opening is audited; each case is checked again in its unit.
 */
@Service("childFiles")
public class ChildFiles {

    private final CaseAccess caseAccess;
    private final ChildReports reports;
    private final ChildProtectionRepository protections;
    private final ChildPreliminaryRepository preliminaries;
    private final ChildDelayReasonRepository delays;
    private final ChildInvestigationRepository investigations;
    private final ChildExtensionRepository extensions;
    private final ChildOutcomeRepository outcomes;

    ChildFiles(CaseAccess caseAccess, ChildReports reports, ChildProtectionRepository protections,
            ChildPreliminaryRepository preliminaries, ChildDelayReasonRepository delays,
            ChildInvestigationRepository investigations, ChildExtensionRepository extensions,
            ChildOutcomeRepository outcomes) {
        this.caseAccess = caseAccess;
        this.reports = reports;
        this.protections = protections;
        this.preliminaries = preliminaries;
        this.delays = delays;
        this.investigations = investigations;
        this.extensions = extensions;
        this.outcomes = outcomes;
    }

    /**
     * The child's cases in an opened client file, newest first as the file lists them. Each kind of record is read
     * once for all the cases (eight queries), not once per case: a client with many child cases is one file.
     */
    @Transactional(readOnly = true)
    public List<ChildViews> forFile(ClientFile file) {
        List<Long> caseIds = file.cases().stream().map(ClientFile.CaseSummary::caseView)
                .filter(c -> c.caseType() == CaseType.BARN_UNGA).map(c -> c.id()).toList();
        if (caseIds.isEmpty()) {
            return List.of();
        }
        caseIds.forEach(caseId -> caseAccess.check(caseId, Permission.CLIENT_FILE_READ, "klientakt"));
        Map<Long, ChildReportView> reportsByCase = reports.reportsOfCases(caseIds);
        var protectionsByCase = byCase(protections.findByCaseIdInOrderByIdAsc(caseIds),
                ChildProtectionAssessment::caseId, ChildProtectionAssessment::toView);
        var preliminariesByCase = byCase(preliminaries.findByCaseIdInOrderByIdAsc(caseIds),
                ChildPreliminaryAssessment::caseId, ChildPreliminaryAssessment::toView);
        var delaysByCase = byCase(delays.findByCaseIdInOrderByIdAsc(caseIds), ChildDelayReason::caseId,
                ChildDelayReason::toView);
        var investigationsByCase = byCase(investigations.findByCaseIdInOrderByIdAsc(caseIds),
                ChildInvestigation::caseId, ChildInvestigation::toView);
        var extensionsByCase = byCase(extensions.findByCaseIdInOrderByIdAsc(caseIds),
                ChildInvestigationExtension::caseId, ChildInvestigationExtension::toView);
        var outcomesByCase = byCase(outcomes.findByCaseIdInOrderByIdAsc(caseIds), ChildCaseOutcome::caseId,
                ChildCaseOutcome::toView);
        return caseIds.stream().map(id -> new ChildViews(id, reportsByCase.get(id),
                protectionsByCase.getOrDefault(id, List.of()), preliminariesByCase.getOrDefault(id, List.of()),
                delaysByCase.getOrDefault(id, List.of()), investigationsByCase.getOrDefault(id, List.of()),
                extensionsByCase.getOrDefault(id, List.of()), outcomesByCase.getOrDefault(id, List.of()))).toList();
    }

    /** Records of several cases as views per case, each case's in the order read (by id). */
    private static <E, V> Map<Long, List<V>> byCase(List<E> records, ToLongFunction<E> caseId, Function<E, V> view) {
        return records.stream().collect(Collectors.groupingBy(caseId::applyAsLong,
                Collectors.mapping(view, Collectors.toList())));
    }
}
