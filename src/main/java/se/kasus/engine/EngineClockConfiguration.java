package se.kasus.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application: domain dates (delivery, appeal received, deadlines) and the engine's timers
 * read the same time, so a test that moves the engine's clock moves the domain with it.
 */
@Configuration
class EngineClockConfiguration {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Bean
    Clock clock() {
        return new EngineClock(SWEDEN);
    }

    static final class EngineClock extends Clock {
        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new EngineClock(zone);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
