package se.kasus.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The events one transaction has recorded, appended to the chain right before that transaction commits. Waiting
 * until then keeps the head lock, which serializes all appends, from being held through the whole business
 * transaction; appending inside the transaction keeps the entries' fate tied to the business write.
 *
 * <p>It is found among the transaction's synchronizations rather than bound as a resource: Spring suspends
 * synchronizations with their transaction (REQUIRES_NEW), so an inner transaction never sees the outer one's buffer.
 */
final class TransactionBuffer implements TransactionSynchronization {

    private final AuditAppender appender;
    private final List<StampedEvent> pending = new ArrayList<>();

    private TransactionBuffer(AuditAppender appender) {
        this.appender = appender;
    }

    /** The buffer of the transaction bound to this thread, registered on first use. */
    static TransactionBuffer current(AuditAppender appender) {
        return find(appender).orElseGet(() -> register(appender));
    }

    private static Optional<TransactionBuffer> find(AuditAppender appender) {
        return TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(TransactionBuffer.class::isInstance)
                .map(TransactionBuffer.class::cast)
                .filter(buffer -> buffer.appender == appender)
                .findFirst();
    }

    private static TransactionBuffer register(AuditAppender appender) {
        TransactionBuffer buffer = new TransactionBuffer(appender);
        TransactionSynchronizationManager.registerSynchronization(buffer);
        return buffer;
    }

    void add(StampedEvent event) {
        pending.add(event);
    }

    /** Last among synchronizations, so events recorded by the others' beforeCommit still make it in. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /**
     * A read-only transaction cannot insert on PostgreSQL, so its events go in a transaction of their own; they
     * record reads, which happened whether or not the read-only transaction commits.
     */
    @Override
    public void beforeCommit(boolean readOnly) {
        List<StampedEvent> events = drain();
        if (events.isEmpty()) {
            return;
        }
        if (readOnly) {
            appender.appendInNewTransaction(events);
        } else {
            appender.appendHere(events);
        }
    }

    /**
     * Events recorded after beforeCommit ran (from another synchronization's afterCommit, say) would otherwise be
     * lost silently; the transaction has committed, so they get one of their own.
     */
    @Override
    public void afterCompletion(int status) {
        List<StampedEvent> late = drain();
        if (status == STATUS_COMMITTED && !late.isEmpty()) {
            appender.appendInNewTransaction(late);
        }
    }

    private List<StampedEvent> drain() {
        List<StampedEvent> events = List.copyOf(pending);
        pending.clear();
        return events;
    }
}
