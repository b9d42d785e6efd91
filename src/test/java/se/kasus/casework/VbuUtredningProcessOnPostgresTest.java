package se.kasus.casework;

import se.kasus.OnPostgres;

/** The same on PostgreSQL, the production database. */
@OnPostgres
class VbuUtredningProcessOnPostgresTest extends VbuUtredningProcessTest {
}
