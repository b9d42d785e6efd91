-- The monthly log review (stickprov) finds a month's id range and counts by time across all actors.
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);
