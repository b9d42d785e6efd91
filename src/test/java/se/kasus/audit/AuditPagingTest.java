package se.kasus.audit;

import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link AuditPagingContract} on H2. */
@JdbcTest
@Import({AuditLog.class, AuditPagingContract.ClockConfiguration.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AuditPagingTest extends AuditPagingContract {
}
