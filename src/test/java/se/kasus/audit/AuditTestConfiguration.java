package se.kasus.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The clock the application would otherwise provide. */
@TestConfiguration(proxyBeanMethods = false)
class AuditTestConfiguration {

    /**
     * Nanoseconds that round up but must be truncated, in a zone that is not UTC: a stored time that differs from
     * the hashed one by a millisecond or an offset would fail every verification.
     */
    static final Instant NOW = Instant.parse("2025-03-30T01:30:15.987654321Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("Europe/Stockholm"));
    }
}
