package se.kasus.casework;

import java.util.List;

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

    /** The child's cases in an opened client file, newest first as the file lists them. */
    @Transactional(readOnly = true)
    public List<ChildViews> forFile(ClientFile file) {
        return file.cases().stream().map(ClientFile.CaseSummary::caseView)
                .filter(c -> c.caseType() == CaseType.BARN_UNGA).map(c -> of(c.id())).toList();
    }

    private ChildViews of(long caseId) {
        caseAccess.check(caseId, Permission.CLIENT_FILE_READ, "klientakt");
        return new ChildViews(caseId, reports.reportOfCase(caseId).orElse(null),
                protections.findByCaseIdOrderByIdAsc(caseId).stream().map(ChildProtectionAssessment::toView).toList(),
                preliminaries.findByCaseIdOrderByIdAsc(caseId).stream().map(ChildPreliminaryAssessment::toView)
                        .toList(),
                delays.findByCaseIdOrderByIdAsc(caseId).stream().map(ChildDelayReason::toView).toList(),
                investigations.findByCaseIdOrderByIdAsc(caseId).stream().map(ChildInvestigation::toView).toList(),
                extensions.findByCaseIdOrderByIdAsc(caseId).stream().map(ChildInvestigationExtension::toView).toList(),
                outcomes.findByCaseIdOrderByIdAsc(caseId).stream().map(ChildCaseOutcome::toView).toList());
    }
}
