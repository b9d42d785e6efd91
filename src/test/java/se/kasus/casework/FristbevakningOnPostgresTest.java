package se.kasus.casework;

import se.kasus.OnPostgres;

/** The deadline view's native SQL (the join of the case table with the engine's jobs and tasks) on PostgreSQL. */
@OnPostgres
class FristbevakningOnPostgresTest extends FristbevakningTest {
}
