package se.kasus.web;

import se.kasus.OnPostgres;

/** The full matrix test on PostgreSQL, the production database. */
@OnPostgres
class AccessMatrixOnPostgresTest extends AccessMatrixTest {
}
