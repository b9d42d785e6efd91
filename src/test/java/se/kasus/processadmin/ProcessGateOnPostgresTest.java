package se.kasus.processadmin;

import se.kasus.OnPostgres;

/**
 * The gate on PostgreSQL: the candidate's deployment, the scenarios' cases and their rollback, and the deployment
 * that follows, where locking and SQL differ from H2's.
 */
@OnPostgres
class ProcessGateOnPostgresTest extends ProcessGateTest {
}
