package se.kasus.casework;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

// The LVU repositories, package-private like the rest of the module's: only the process's steps write them.

interface LvuRepository extends JpaRepository<Lvu, Long> {
    List<Lvu> findByCaseIdInOrderByIdDesc(Collection<Long> caseIds);
}

interface LvuReviewRepository extends JpaRepository<LvuReview, Long> {
    List<LvuReview> findByLvuIdOrderByIdAsc(long lvuId);
}

interface LvuLegalFailureRepository extends JpaRepository<LvuLegalFailure, Long> {
    List<LvuLegalFailure> findByUnitIdOrderByOccurredAtDesc(String unitId);

    long countByUnitIdAndHandledAtIsNull(String unitId);

    List<LvuLegalFailure> findByLvuIdOrderByIdAsc(long lvuId);

    boolean existsByLvuIdAndDeadlineKey(long lvuId, String deadlineKey);

    boolean existsByLvuIdAndDeadlineKeyAndLastDay(long lvuId, String deadlineKey, LocalDate lastDay);

    Optional<LvuLegalFailure> findFirstByLvuIdAndHandledAtIsNullOrderByIdAsc(long lvuId);
}
