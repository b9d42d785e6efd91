-- The engine knows a case by its business key, the case id as text. The deadline view (se.kasus.frister) joins the
-- engine's running instances to kasus_case on cast(c.id as varchar(64)); with this index the join starts from the
-- few running tasks with a deadline and looks each case up, instead of reading every case of the unit (a large
-- municipality's unit has a hundred thousand closed cases). Measured with QueryPlanOnPostgresTest's data and the
-- generator (BENCHMARKS.md, "Generated data"): 43 ms -> 0.2 ms for one unit. H2 has no expression indexes; a small
-- municipality on H2 does not need it.
CREATE INDEX ix_case_id_text ON kasus_case ((CAST(id AS VARCHAR(64))));
