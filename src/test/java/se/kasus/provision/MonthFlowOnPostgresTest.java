package se.kasus.provision;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import se.kasus.OnPostgres;

/** The month flow on PostgreSQL: the same assertions, the real production database. */
@SpringBootTest
@ActiveProfiles("test")
@OnPostgres
class MonthFlowOnPostgresTest extends MonthFlowTestBase {
}
