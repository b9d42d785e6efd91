package se.kasus.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Puts events at the end of the chain, in the transaction the caller chooses. */
final class AuditAppender {

    private final AuditStore store;
    private final TransactionTemplate newTransaction;
    private final TransactionTemplate currentOrNewTransaction;
    private final Runnable flushBusinessWrites;

    AuditAppender(AuditStore store, PlatformTransactionManager transactionManager, Runnable flushBusinessWrites) {
        this.store = store;
        this.flushBusinessWrites = flushBusinessWrites;
        this.newTransaction = template(transactionManager, TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.currentOrNewTransaction = template(transactionManager, TransactionDefinition.PROPAGATION_REQUIRED);
    }

    private static TransactionTemplate template(PlatformTransactionManager transactionManager, int propagation) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(propagation);
        return template;
    }

    /** Commits on its own, whatever becomes of a transaction the caller may be in. */
    void appendInNewTransaction(List<StampedEvent> events) {
        newTransaction.executeWithoutResult(status -> appendHere(events));
    }

    /** Joins the caller's transaction if there is one, so the entries share its fate. */
    void appendInCurrentOrNewTransaction(List<StampedEvent> events) {
        currentOrNewTransaction.executeWithoutResult(status -> appendHere(events));
    }

    /**
     * Appends in the transaction bound to this thread. The head lock taken here is held until that transaction
     * ends, which is why buffered events are appended only at the very end (in beforeCommit).
     */
    void appendHere(List<StampedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        flushBusinessWrites.run();
        AuditStore.Head head = store.lockHead();
        List<ChainEntry> entries = chain(head, events);
        store.insert(entries);
        store.moveHead(entries.get(entries.size() - 1));
    }

    private static List<ChainEntry> chain(AuditStore.Head head, List<StampedEvent> events) {
        List<ChainEntry> entries = new ArrayList<>(events.size());
        long id = head.lastId();
        String prevHash = head.lastHash();
        for (StampedEvent event : events) {
            ChainEntry entry = ChainEntry.link(++id, prevHash, event);
            entries.add(entry);
            prevHash = entry.hash();
        }
        return entries;
    }
}
