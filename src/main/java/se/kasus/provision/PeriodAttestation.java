package se.kasus.provision;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The municipality's approval (attest) of a provider's month, with the total it approved. */
@Entity
class PeriodAttestation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String providerId;
    private String period;
    private String attestedBy;
    private Instant attestedAt;
    private BigDecimal total;

    protected PeriodAttestation() {
    }

    PeriodAttestation(String providerId, String period, String attestedBy, Instant attestedAt, BigDecimal total) {
        this.providerId = providerId;
        this.period = period;
        this.attestedBy = attestedBy;
        this.attestedAt = attestedAt;
        this.total = total;
    }

    String attestedBy() {
        return attestedBy;
    }

    Instant attestedAt() {
        return attestedAt;
    }

    BigDecimal total() {
        return total;
    }
}
