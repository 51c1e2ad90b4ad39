-- A join form carries a random key; a join re-sent with the same key (its answer was lost, or the
-- button was pressed twice) returns the seat it already took instead of taking a second one.
-- Only the key's SHA-256 is stored. Portable between SQLite and PostgreSQL.

alter table workshop_participant add column join_key varchar(64);

create unique index workshop_participant_join_key on workshop_participant (workshop_id, join_key);
