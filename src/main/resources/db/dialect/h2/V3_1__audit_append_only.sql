-- Audit log, append-only guard on H2: none. PostgreSQL gets triggers (db/dialect/postgresql); H2 runs triggers only
-- as Java classes on its own API, which the application does not compile against. On H2 the hash chain alone reveals
-- an edited or deleted entry. This migration keeps the version numbers the same on both databases.
COMMENT ON TABLE audit_entry IS 'Append-only audit log; tampering is revealed by the hash chain (AuditLog.verify).';
