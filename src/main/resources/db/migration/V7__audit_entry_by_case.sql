-- A case's replay reads its own entries (who completed which task) by case: the index serves WHERE case_id = ? and
-- the ORDER BY id.
CREATE INDEX ix_audit_entry_case ON audit_entry (case_id, id);
