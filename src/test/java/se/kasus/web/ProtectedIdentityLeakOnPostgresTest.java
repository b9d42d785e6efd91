package se.kasus.web;

import se.kasus.OnPostgres;

/** The same on PostgreSQL, the production database. */
@OnPostgres
class ProtectedIdentityLeakOnPostgresTest extends ProtectedIdentityLeakTest {
}
