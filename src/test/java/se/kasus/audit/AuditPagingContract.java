package se.kasus.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Paging through one person's entries and one user's entries: every page holds only what it should, and walking the
 * pages gives every entry exactly once, newest first. Run on H2 ({@link AuditPagingTest}) and PostgreSQL
 * ({@link AuditPagingPostgresTest}), whose timestamps and plans differ.
 */
abstract class AuditPagingContract extends AuditTestSupport {

    private static final Instant START = Instant.parse("2026-01-10T08:00:00Z");

    @Autowired
    SteppingClock clock;

    /** Every test starts at the same time, whichever ran before it in the shared context. */
    @org.junit.jupiter.api.BeforeEach
    void startOfTheDay() {
        clock.now = START;
    }

    @Test
    void aPersonsPagesHoldEveryEntryAboutThePersonOnce_newestFirst_andNothingElse() {
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            record("anna", AuditAction.READ, 1L);
            expected.add(lastId());
            record("bertil", AuditAction.READ, 2L);
            record("anna", AuditAction.UPDATE, null);
            if (i % 5 == 0) {
                record("bertil", AuditAction.DENIED, 1L);
                expected.add(lastId());
            }
        }

        for (int limit : new int[] {1, 4, 5, 27, 28, 1000}) {
            List<AuditEntryView> all = walk(before -> auditLog.forPerson(1L, AuditPeriod.ALL, before, limit), limit);
            assertThat(all).extracting(AuditEntryView::id).as("limit %d", limit)
                    .containsExactlyElementsOf(newestFirst(expected));
            assertThat(all).allSatisfy(e -> assertThat(e.personId()).isEqualTo(1L));
        }
    }

    @Test
    void aPersonsPeriodLeavesOutWhatHappenedBeforeAndAfter() {
        record("anna", AuditAction.READ, 1L);
        clock.advance(Duration.ofDays(1));
        Instant from = clock.instant();
        record("anna", AuditAction.READ, 1L);
        long inside = lastId();
        clock.advance(Duration.ofDays(1));
        Instant until = clock.instant();
        record("anna", AuditAction.READ, 1L);

        AuditPage page = auditLog.forPerson(1L, new AuditPeriod(from, until), null, 10);

        assertThat(page.entries()).extracting(AuditEntryView::id).containsExactly(inside);
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void aUsersPagesHoldEveryEntryOfTheUserInThePeriodOnce_newestFirst_evenWhenTimesAreEqual() {
        record("anna", AuditAction.READ, 1L);
        clock.advance(Duration.ofHours(1));
        Instant from = clock.instant();
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            record("anna", AuditAction.READ, (long) i);
            expected.add(lastId());
            record("annika", AuditAction.READ, 1L); // a name that starts the same is someone else
            record("anna", AuditAction.SEARCH, null);
            expected.add(lastId());
            if (i % 3 == 0) {
                clock.advance(Duration.ofMinutes(1)); // several entries share a time, as in one transaction
            }
        }
        Instant until = clock.instant().plusSeconds(1);
        clock.advance(Duration.ofHours(1));
        record("anna", AuditAction.READ, 1L);

        for (int limit : new int[] {1, 2, 7, 34, 35}) {
            List<AuditEntryView> all = walk(
                    before -> auditLog.byActor("anna", new AuditPeriod(from, until), before, limit), limit);
            assertThat(all).extracting(AuditEntryView::id).as("limit %d", limit)
                    .containsExactlyElementsOf(newestFirst(expected));
            assertThat(all).allSatisfy(e -> assertThat(e.actor()).isEqualTo("anna"));
        }
    }

    @Test
    void aUsersNewestComeFirstByTime() {
        record("anna", AuditAction.READ, 1L);
        long older = lastId();
        clock.advance(Duration.ofSeconds(5));
        record("anna", AuditAction.READ, 2L);
        long newer = lastId();

        assertThat(auditLog.byActor("anna", AuditPeriod.ALL, null, 10).entries()).extracting(AuditEntryView::id)
                .containsExactly(newer, older);
    }

    @Test
    void aUsersPageCannotStartAtAnotherUsersEntry() {
        record("bertil", AuditAction.READ, 1L);
        long bertils = lastId();

        assertThatThrownBy(() -> auditLog.byActor("anna", AuditPeriod.ALL, bertils, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodMustNotEndBeforeItStarts() {
        assertThatThrownBy(() -> new AuditPeriod(START, START)).isInstanceOf(IllegalArgumentException.class);
    }

    private interface PageSource {
        AuditPage page(Long before);
    }

    /** Follows nextBefore to the end, checking that no page is over the limit and only the last one is short. */
    private static List<AuditEntryView> walk(PageSource source, int limit) {
        List<AuditEntryView> all = new ArrayList<>();
        Long before = null;
        for (int pages = 0; pages < 1000; pages++) {
            AuditPage page = source.page(before);
            assertThat(page.entries()).hasSizeLessThanOrEqualTo(limit);
            all.addAll(page.entries());
            if (!page.hasMore()) {
                return all;
            }
            assertThat(page.entries()).hasSize(limit);
            before = page.nextBefore();
        }
        throw new AssertionError("paging did not end");
    }

    private static List<Long> newestFirst(List<Long> ids) {
        List<Long> reversed = new ArrayList<>(ids);
        Collections.reverse(reversed);
        return reversed;
    }

    private void record(String actor, AuditAction action, Long personId) {
        auditLog.record(new AuditEvent(actor, action, "klientakt", personId, null, "test"));
    }

    private long lastId() {
        return jdbc.queryForObject("SELECT MAX(id) FROM audit_entry", Long.class);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ClockConfiguration {
        @Bean
        SteppingClock clock() {
            return new SteppingClock();
        }
    }

    /** A clock that stands still until a test moves it. */
    static class SteppingClock extends Clock {
        private Instant now = START;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Stockholm");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
