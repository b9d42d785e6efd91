package se.kasus.casework;

import se.kasus.OnPostgres;

/** The same paths on PostgreSQL, whose locking and SQL differ from H2's. */
@OnPostgres
class EkbProcessOnPostgresTest extends EkbProcessTest {
}
