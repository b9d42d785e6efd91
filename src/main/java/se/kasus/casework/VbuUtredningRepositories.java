package se.kasus.casework;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

// The repositories of familjerätt's vbu-utredning, package-private like the rest of casework's.

interface VbuUtredningRepository extends JpaRepository<VbuUtredning, Long> {
    Optional<VbuUtredning> findByCaseId(long caseId);
}

interface VbuParentRepository extends JpaRepository<VbuParent, Long> {
    List<VbuParent> findByUtredningIdOrderByIdAsc(long utredningId);
}
