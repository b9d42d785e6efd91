package se.kasus.casework;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

// The repositories of barn och unga, package-private like the rest of casework's.

interface ChildReportRepository extends JpaRepository<ChildReport, Long> {
}

interface ChildReportCaseRepository extends JpaRepository<ChildReportCase, Long> {
    Optional<ChildReportCase> findFirstByCaseId(long caseId);
}

interface ChildProtectionRepository extends JpaRepository<ChildProtectionAssessment, Long> {
    List<ChildProtectionAssessment> findByCaseIdOrderByIdAsc(long caseId);
}

interface ChildPreliminaryRepository extends JpaRepository<ChildPreliminaryAssessment, Long> {
    List<ChildPreliminaryAssessment> findByCaseIdOrderByIdAsc(long caseId);
}

interface ChildDelayReasonRepository extends JpaRepository<ChildDelayReason, Long> {
    List<ChildDelayReason> findByCaseIdOrderByIdAsc(long caseId);
}

interface ChildInvestigationRepository extends JpaRepository<ChildInvestigation, Long> {
    List<ChildInvestigation> findByCaseIdOrderByIdAsc(long caseId);

    Optional<ChildInvestigation> findFirstByCaseIdOrderByIdDesc(long caseId);
}

interface ChildExtensionRepository extends JpaRepository<ChildInvestigationExtension, Long> {
    List<ChildInvestigationExtension> findByCaseIdOrderByIdAsc(long caseId);
}

interface ChildOutcomeRepository extends JpaRepository<ChildCaseOutcome, Long> {
    List<ChildCaseOutcome> findByCaseIdOrderByIdAsc(long caseId);
}
