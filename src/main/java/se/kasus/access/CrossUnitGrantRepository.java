package se.kasus.access;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CrossUnitGrantRepository extends JpaRepository<CrossUnitGrant, Long> {

    List<CrossUnitGrant> findByUsernameAndPersonIdAndExpiresAtAfter(String username, long personId, Instant now);

    List<CrossUnitGrant> findByPersonIdAndExpiresAtAfter(long personId, Instant now);
}
