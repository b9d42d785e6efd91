-- Journal, append-only guard on H2: none (H2 triggers are Java classes on H2's own API). The application never
-- updates or deletes a journal row (JournalEntry has no setters, the repository is used for inserts and reads);
-- PostgreSQL, the production database, refuses it with triggers. Keeps the version numbers equal on both.
COMMENT ON TABLE journal_entry IS 'Signed journal entries (SOSFS 2014:5), append-only; corrections are new rows.';
