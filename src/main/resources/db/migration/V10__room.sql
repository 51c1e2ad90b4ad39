-- Running a workshop's room: what the trainer opened and when, the extra phones a trainer let
-- into a seat, and the requests to rejoin from another phone. Portable between SQLite and
-- PostgreSQL: times are epoch milliseconds, ids are made by the application.

create table workshop_item (
    workshop_id varchar(40) not null references workshop (id) on delete cascade,
    item varchar(200) not null,            -- Item.code(): kuis:<quiz>, modul:<module>, latihan:<menu>/<task>
    opened_at bigint not null,
    closed_at bigint                       -- null while the room has it open
);

create index workshop_item_workshop on workshop_item (workshop_id, opened_at);

create table workshop_device (
    token_hash varchar(64) primary key,    -- SHA-256 of the token the other phone keeps
    participant_id varchar(40) not null references workshop_participant (id) on delete cascade,
    added_at bigint not null
);

create index workshop_device_participant on workshop_device (participant_id);

create table workshop_rejoin (
    id varchar(40) primary key,
    workshop_id varchar(40) not null references workshop (id) on delete cascade,
    name varchar(100) not null,            -- as typed on the new phone
    token_hash varchar(64) not null unique,
    ip varchar(64) not null,
    state varchar(10) not null,            -- PENDING, APPROVED or REFUSED
    participant_id varchar(40),            -- the seat it was let into, once approved
    requested_at bigint not null,
    decided_at bigint
);

create index workshop_rejoin_workshop on workshop_rejoin (workshop_id, state, requested_at);

-- The trainer's roster reads the progress of a whole room at once.
create index quiz_attempt_workshop on quiz_attempt (workshop, quiz);
