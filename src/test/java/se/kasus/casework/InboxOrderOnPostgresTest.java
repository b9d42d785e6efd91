package se.kasus.casework;

import se.kasus.OnPostgres;

/** The inbox's cut by urgency on PostgreSQL, where the groups' tasks are Kasus's own query (nulls last, by id). */
@OnPostgres
class InboxOrderOnPostgresTest extends InboxOrderTest {
}
