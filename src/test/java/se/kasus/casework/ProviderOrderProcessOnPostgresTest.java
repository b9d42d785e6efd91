package se.kasus.casework;

import se.kasus.OnPostgres;

/** The order path (accept, reject, escalation, provider records and isolation) on PostgreSQL, with V12 applied there. */
@OnPostgres
class ProviderOrderProcessOnPostgresTest extends ProviderOrderProcessTest {
}
