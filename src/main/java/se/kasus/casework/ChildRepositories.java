package se.kasus.casework;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

// The repositories of barn och unga, package-private like the rest of casework's.

interface ChildReportRepository extends JpaRepository<ChildReport, Long> {
}

interface ChildReportCaseRepository extends JpaRepository<ChildReportCase, Long> {
    Optional<ChildReportCase> findFirstByCaseId(long caseId);

    List<ChildReportCase> findByCaseIdIn(Collection<Long> caseIds);
}

interface ChildProtectionRepository extends JpaRepository<ChildProtectionAssessment, Long> {
    List<ChildProtectionAssessment> findByCaseIdOrderByIdAsc(long caseId);

    List<ChildProtectionAssessment> findByCaseIdInOrderByIdAsc(Collection<Long> caseIds);
}

interface ChildPreliminaryRepository extends JpaRepository<ChildPreliminaryAssessment, Long> {
    List<ChildPreliminaryAssessment> findByCaseIdOrderByIdAsc(long caseId);

    List<ChildPreliminaryAssessment> findByCaseIdInOrderByIdAsc(Collection<Long> caseIds);
}

interface ChildDelayReasonRepository extends JpaRepository<ChildDelayReason, Long> {
    List<ChildDelayReason> findByCaseIdOrderByIdAsc(long caseId);

    List<ChildDelayReason> findByCaseIdInOrderByIdAsc(Collection<Long> caseIds);
}

interface ChildInvestigationRepository extends JpaRepository<ChildInvestigation, Long> {
    List<ChildInvestigation> findByCaseIdOrderByIdAsc(long caseId);

    List<ChildInvestigation> findByCaseIdInOrderByIdAsc(Collection<Long> caseIds);

    Optional<ChildInvestigation> findFirstByCaseIdOrderByIdDesc(long caseId);
}

interface ChildExtensionRepository extends JpaRepository<ChildInvestigationExtension, Long> {
    List<ChildInvestigationExtension> findByCaseIdOrderByIdAsc(long caseId);

    List<ChildInvestigationExtension> findByCaseIdInOrderByIdAsc(Collection<Long> caseIds);
}

interface ChildOutcomeRepository extends JpaRepository<ChildCaseOutcome, Long> {
    List<ChildCaseOutcome> findByCaseIdOrderByIdAsc(long caseId);

    List<ChildCaseOutcome> findByCaseIdInOrderByIdAsc(Collection<Long> caseIds);
}
