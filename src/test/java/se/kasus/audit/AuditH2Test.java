package se.kasus.audit;

import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The slice every H2 test of the audit log runs in: an in-memory H2 migrated by Flyway, the audit log and a clock,
 * no Camunda and no JPA. A small verification page makes the tests cross page boundaries.
 */
@JdbcTest(properties = "kasus.audit.verification-page-size=3")
@Import({AuditLog.class, AuditTestConfiguration.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class AuditH2Test extends AuditTestSupport {
}
