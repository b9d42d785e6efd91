package se.kasus.casework;

import se.kasus.OnPostgres;

/** The child-welfare deadlines against the engine, on PostgreSQL. */
@OnPostgres
class FristbevakningBarnOnPostgresTest extends FristbevakningBarnTest {
}
