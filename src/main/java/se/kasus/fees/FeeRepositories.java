package se.kasus.fees;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FeeBasisRepository extends JpaRepository<FeeBasis, Long> {

    List<FeeBasis> findByPersonIdAndUnitIdOrderByValidFromDescIdDesc(long personId, String unitId);

    /** The underlag in force in a month: the latest valid_from not after it, and of those the latest registered. */
    Optional<FeeBasis> findFirstByPersonIdAndUnitIdAndValidFromLessThanEqualOrderByValidFromDescIdDesc(
            long personId, String unitId, LocalDate day);

    @Query("select distinct b.personId from FeeBasis b where b.unitId = ?1 and b.validFrom <= ?2 order by b.personId")
    List<Long> personsWithBasis(String unitId, LocalDate day);
}

interface FeeDecisionRepository extends JpaRepository<FeeDecision, Long> {

    List<FeeDecision> findByPersonIdAndUnitIdOrderByIdDesc(long personId, String unitId);
}

interface FeeRunRepository extends JpaRepository<FeeRun, Long> {

    Optional<FeeRun> findByUnitIdAndFeeMonth(String unitId, LocalDate month);

    List<FeeRun> findByIdIn(Collection<Long> ids);
}

interface FeeRunRowRepository extends JpaRepository<FeeRunRow, Long> {

    List<FeeRunRow> findByRunIdOrderByPersonIdAscIdAsc(long runId);

    @Modifying
    @Query("delete from FeeRunRow r where r.runId = ?1")
    void deleteByRun(long runId);

    /** Everything billed for a client's month in exported runs: the fee and any corrections since. */
    @Query("select r from FeeRunRow r, FeeRun run where r.runId = run.id and run.status = se.kasus.fees.FeeRun.Status.EXPORTED"
            + " and run.unitId = ?1 and r.personId = ?2 and r.concernsMonth = ?3")
    List<FeeRunRow> billedFor(String unitId, long personId, LocalDate month);
}
