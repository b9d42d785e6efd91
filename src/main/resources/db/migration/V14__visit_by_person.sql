-- Fees on performed time (avgiftsgrund UTFORD_TID) read a person's visits of a month: one index lookup per client.
create index ix_visit_person_period on visit (person_id, period);
