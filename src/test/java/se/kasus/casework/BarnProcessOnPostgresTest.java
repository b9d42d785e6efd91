package se.kasus.casework;

import se.kasus.OnPostgres;

/** The barn-utredning paths on PostgreSQL: V8's DDL, the terminate end event and the moved timer on a real server. */
@OnPostgres
class BarnProcessOnPostgresTest extends BarnProcessTest {
}
