package se.kasus.casework;

import se.kasus.OnPostgres;

/** ÄNDRING, change of provider and the upphörande's escalation on PostgreSQL (the order chain's queries there). */
@OnPostgres
class OrderChangeProcessOnPostgresTest extends OrderChangeProcessTest {
}
