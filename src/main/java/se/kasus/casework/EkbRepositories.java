package se.kasus.casework;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

// The repositories of ekonomiskt bistånd; package-private like the rest of the casework module's.

interface EkbApplicationRepository extends JpaRepository<EkbApplication, Long> {
    Optional<EkbApplication> findByCaseId(long caseId);
}

interface EkbHouseholdMemberRepository extends JpaRepository<EkbHouseholdMember, Long> {
    List<EkbHouseholdMember> findByApplicationIdOrderByIdAsc(long applicationId);
}

interface EkbInvestigationRepository extends JpaRepository<EkbInvestigation, Long> {
    Optional<EkbInvestigation> findFirstByCaseIdOrderByIdDesc(long caseId);
}

interface EkbCalculationRepository extends JpaRepository<EkbCalculationRecord, Long> {
    Optional<EkbCalculationRecord> findByInvestigationId(long investigationId);

    Optional<EkbCalculationRecord> findFirstByCaseIdOrderByIdDesc(long caseId);
}

interface EkbDecisionAmountRepository extends JpaRepository<EkbDecisionAmount, Long> {
}

interface EkbPaymentRepository extends JpaRepository<EkbPayment, Long> {
    Optional<EkbPayment> findByDecisionId(long decisionId);

    List<EkbPayment> findByCaseIdOrderByIdAsc(long caseId);
}
