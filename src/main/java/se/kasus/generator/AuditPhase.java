package se.kasus.generator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;

/**
 * Audit entries in bulk through the audit log's own append, so the hash chain stays valid: mostly caseworkers
 * reading their clients' files and searching, spread evenly over the years before the running cases began.
 */
final class AuditPhase {

    private static final int CHUNK = 10_000;

    private final AuditLog auditLog;

    AuditPhase(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    void create(int count, Organisation organisation, long firstPersonId, int persons, Instant from, Instant until,
            long seed, Progress.Tracker tracker) {
        SplittableRandom random = new SplittableRandom(seed ^ 0xA0D17L);
        long span = Duration.between(from, until).toMillis();
        List<AuditEvent> events = new ArrayList<>(CHUNK);
        List<Instant> times = new ArrayList<>(CHUNK);
        for (int i = 0; i < count; i++) {
            events.add(event(random, organisation, firstPersonId, persons));
            times.add(from.plusMillis(span * i / Math.max(count, 1)));
            if (events.size() == CHUNK || i == count - 1) {
                auditLog.appendBackdated(events, times);
                tracker.done(events.size(), events.size());
                events.clear();
                times.clear();
            }
        }
    }

    private static AuditEvent event(SplittableRandom random, Organisation organisation, long firstPersonId,
            int persons) {
        Organisation.Unit unit = organisation.unit(random.nextInt(organisation.units().size()));
        String actor = unit.caseworkers().get(random.nextInt(unit.caseworkers().size()));
        Long person = persons == 0 ? null : firstPersonId + random.nextInt(persons);
        int kind = random.nextInt(10);
        if (kind < 7) {
            return new AuditEvent(actor, AuditAction.READ, "personakt", person, null, "Handläggning");
        }
        if (kind < 9) {
            return new AuditEvent(actor, AuditAction.SEARCH, "person", person, null, "Sökning på personnummer");
        }
        return new AuditEvent(actor, AuditAction.UPDATE, "journal", person, null, "Journalanteckning");
    }
}
