package se.kasus.audit;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the audit tests share, whichever database they run on. Test methods run outside any transaction. */
abstract class AuditTestSupport {

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    TransactionTemplate tx;

    @BeforeEach
    void startWithAnEmptyChain() {
        tx = new TransactionTemplate(transactionManager);
        emptyChain();
    }

    /** The context, and with it the database, is shared between test classes: each test starts from genesis. */
    void emptyChain() {
        jdbc.update("DELETE FROM audit_entry");
        jdbc.update("UPDATE audit_chain_head SET last_id = 0, last_hash = ? WHERE id = 1", ChainEntry.GENESIS_HASH);
    }

    static AuditEvent event(String reason) {
        return new AuditEvent("handlaggare1", AuditAction.READ, "person", 4711L, 42L, reason);
    }

    /** Appends entries 1..count, one committed transaction each. */
    void appendCommitted(int count) {
        for (int i = 1; i <= count; i++) {
            String reason = "post " + i;
            tx.executeWithoutResult(status -> auditLog.record(event(reason)));
        }
    }

    long entryCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);
    }

    List<Long> ids() {
        return jdbc.queryForList("SELECT id FROM audit_entry ORDER BY id", Long.class);
    }

    ChainEntry storedEntry(long id) {
        return new AuditStore(jdbc).page(id - 1, id, 1).get(0);
    }

    List<String> reasonsInChainOrder() {
        return jdbc.queryForList("SELECT reason FROM audit_entry ORDER BY id", String.class);
    }
}
