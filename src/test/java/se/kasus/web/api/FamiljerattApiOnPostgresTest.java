package se.kasus.web.api;

import se.kasus.OnPostgres;

/** The same on PostgreSQL, the production database. */
@OnPostgres
class FamiljerattApiOnPostgresTest extends FamiljerattApiTest {
}
