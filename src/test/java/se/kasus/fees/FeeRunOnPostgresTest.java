package se.kasus.fees;

import se.kasus.OnPostgres;

/** The fee run on PostgreSQL: numeric columns, the unique run per unit and month, the delete-and-replace. */
@OnPostgres
class FeeRunOnPostgresTest extends FeeRunTest {
}
