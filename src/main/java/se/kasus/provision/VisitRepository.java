package se.kasus.provision;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VisitRepository extends JpaRepository<Visit, Long> {

    List<Visit> findByProviderIdAndPeriodOrderByIdAsc(String providerId, String period);

    List<Visit> findByOrderIdAndSupersededByIsNull(long orderId);

    List<Visit> findByPersonIdAndPeriodOrderByIdAsc(long personId, String period);

    List<Visit> findByPersonIdAndStaffAndSupersededByIsNull(long personId, String staff);

    Optional<Visit> findByProviderIdAndExternalId(String providerId, String externalId);
}
