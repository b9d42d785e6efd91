package se.kasus.consistency;

import se.kasus.OnPostgres;

/** The same planted mismatches on PostgreSQL, where the cluster runs and the casts and joins must hold too. */
@OnPostgres
class ConsistencyCheckOnPostgresTest extends ConsistencyCheckTest {
}
