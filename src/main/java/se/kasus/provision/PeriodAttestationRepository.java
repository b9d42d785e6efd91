package se.kasus.provision;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeriodAttestationRepository extends JpaRepository<PeriodAttestation, Long> {

    Optional<PeriodAttestation> findByProviderIdAndPeriod(String providerId, String period);
}
