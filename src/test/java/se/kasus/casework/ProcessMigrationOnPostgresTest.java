package se.kasus.casework;

import se.kasus.OnPostgres;

/** The same migrations on PostgreSQL, where a rolled-back dry run and row locks behave as in production. */
@OnPostgres
class ProcessMigrationOnPostgresTest extends ProcessMigrationTest {
}
