package se.kasus.casework;

import se.kasus.OnPostgres;

/** Every LVU path on PostgreSQL: the V9 tables, the timers and the locking as in production. */
@OnPostgres
class LvuProcessOnPostgresTest extends LvuProcessTest {
}
