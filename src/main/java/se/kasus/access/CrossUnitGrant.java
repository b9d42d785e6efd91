package se.kasus.access;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A recorded menprövning: one user may read one person's cases in one other unit, for a reason, until a time. */
@Entity
@Table(name = "cross_unit_access")
class CrossUnitGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private long personId;
    private String unitId;
    private String reason;
    private Instant grantedAt;
    private Instant expiresAt;

    protected CrossUnitGrant() {
    }

    CrossUnitGrant(String username, long personId, String unitId, String reason, Instant grantedAt, Instant expiresAt) {
        this.username = username;
        this.personId = personId;
        this.unitId = unitId;
        this.reason = reason;
        this.grantedAt = grantedAt;
        this.expiresAt = expiresAt;
    }

    String unitId() {
        return unitId;
    }

    CrossUnitAccess.GrantView toView() {
        return new CrossUnitAccess.GrantView(id, username, personId, unitId, reason, grantedAt, expiresAt);
    }
}
