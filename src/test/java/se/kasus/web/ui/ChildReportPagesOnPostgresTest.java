package se.kasus.web.ui;

import se.kasus.OnPostgres;

/** The orosanmälan pages and the client file's barn och unga section (one read per kind of record) on PostgreSQL. */
@OnPostgres
class ChildReportPagesOnPostgresTest extends ChildReportPagesTest {
}
