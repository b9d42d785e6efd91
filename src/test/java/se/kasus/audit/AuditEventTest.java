package se.kasus.audit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void actorActionAndResourceAreRequired() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditEvent(null, AuditAction.READ, "person", 1L, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditEvent(" ", AuditAction.READ, "person", 1L, null, null));
        assertThatNullPointerException().isThrownBy(() -> new AuditEvent("a", null, "person", 1L, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditEvent("a", AuditAction.READ, "", 1L, null, null));
    }

    @Test
    void personCaseAndReasonAreOptional() {
        assertThatCode(() -> new AuditEvent("a", AuditAction.LOGIN, "session", null, null, null)).doesNotThrowAnyException();
    }

    @Test
    void valuesThatTheColumnsCannotHoldAreRefusedAtOnce() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new AuditEvent("a".repeat(AuditEvent.MAX_ACTOR + 1), AuditAction.READ, "person", 1L, null, null));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new AuditEvent("a", AuditAction.READ, "p".repeat(AuditEvent.MAX_RESOURCE + 1), 1L, null, null));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new AuditEvent("a", AuditAction.READ, "person", 1L, null, "r".repeat(AuditEvent.MAX_REASON + 1)));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new AuditEvent("a", AuditAction.READ, "person", 1L, null, "nul\0"));
    }
}
