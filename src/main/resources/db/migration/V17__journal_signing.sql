-- Journal (personakt) per SOSFS 2014:5: every entry is signed by its author when saved; a signed entry is never
-- changed or deleted. A correction (rättelse) is a new signed entry that points at the one it corrects, with the
-- reason, so both remain readable. Entries written before signing existed were saved by their author and count as
-- signed by them at the time they were saved.
alter table journal_entry add column signed_by varchar(64);
alter table journal_entry add column signed_at timestamp with time zone;
alter table journal_entry add column corrects_id bigint references journal_entry (id);
alter table journal_entry add column correction_reason varchar(500);
update journal_entry set signed_by = author, signed_at = created_at;
alter table journal_entry alter column signed_by set not null;
alter table journal_entry alter column signed_at set not null;
-- One correction per entry: a chain, never a fork (a second rättelse corrects the latest one).
create unique index ux_journal_corrects on journal_entry (corrects_id);
