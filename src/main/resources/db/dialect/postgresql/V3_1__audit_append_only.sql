-- Audit log, append-only guard on PostgreSQL. The hash chain detects tampering afterwards; these triggers
-- refuse it up front for anyone who does not own the tables (an owner can disable triggers, so production
-- should also run the application under a role without UPDATE/DELETE on audit_entry).

COMMENT ON TABLE audit_entry IS 'Append-only audit log; tampering is refused by triggers and revealed by the hash chain (AuditLog.verify).';

CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit log is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME;
END
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- The head may only move forward: setting it back would hide deleted entries at the end of the chain.
CREATE FUNCTION audit_chain_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id <> OLD.id OR NEW.last_id <= OLD.last_id THEN
        RAISE EXCEPTION 'audit chain head may only move forward (from % to %)', OLD.last_id, NEW.last_id;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_chain_head_forward
    BEFORE UPDATE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head_forward_only();

CREATE TRIGGER audit_chain_head_no_delete
    BEFORE DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();

CREATE TRIGGER audit_chain_head_no_truncate
    BEFORE TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
