-- Workshops a trainer runs and the participants who joined them from their phones. Portable
-- between SQLite and PostgreSQL: times are epoch milliseconds, ids are made by the application,
-- lists of ids are comma-separated text.

create table workshop (
    id varchar(40) primary key,
    code varchar(6) unique,                -- given when first opened, kept after closing
    title varchar(200) not null,
    kelurahan varchar(100) not null,
    place varchar(200) not null,
    held_on varchar(10) not null,          -- ISO date, yyyy-mm-dd
    owner varchar(100) not null,           -- who created it
    modules text not null,
    pre_test varchar(100),
    module_quizzes text not null,
    post_test varchar(100),
    evaluation varchar(100),
    skm varchar(100),
    tasks text not null,
    state varchar(10) not null,            -- DRAFT, OPEN or CLOSED
    open_item varchar(200),                -- what the room sees now, if anything
    capacity integer not null,
    created_at bigint not null,
    updated_at bigint not null
);

create index workshop_owner on workshop (owner, created_at);

create table workshop_participant (
    id varchar(40) primary key,
    workshop_id varchar(40) not null references workshop (id) on delete cascade,
    name varchar(100) not null,
    participant_group varchar(10) not null, -- WARGA or APARAT
    token_hash varchar(64) not null unique, -- SHA-256 of the token the phone keeps
    joined_at bigint not null,
    last_seen bigint not null
);

create index workshop_participant_joined on workshop_participant (workshop_id, joined_at);
