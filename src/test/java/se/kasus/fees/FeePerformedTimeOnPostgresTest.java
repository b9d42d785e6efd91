package se.kasus.fees;

import se.kasus.OnPostgres;

/** Fees on attested performed time on PostgreSQL, with V14 (visits by person and month) applied there. */
@OnPostgres
class FeePerformedTimeOnPostgresTest extends FeePerformedTimeTest {
}
