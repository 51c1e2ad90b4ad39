-- The scam-and-hoax inbox: each learner's judgements of its messages, round by round. A learner who
-- starts an inbox again begins a new round; the trainer's results read each learner's first
-- judgement of each message. Portable between SQLite and PostgreSQL: times are epoch milliseconds,
-- the spans tapped are mark ids joined by commas.

create table inbox_round (
    learner_id varchar(40) not null references learner (id) on delete cascade,
    inbox varchar(100) not null,
    round_no integer not null,             -- 2, 3, ... (round 1 needs no row)
    started_at bigint not null,
    primary key (learner_id, inbox, round_no)
);

create table inbox_judgement (
    learner_id varchar(40) not null references learner (id) on delete cascade,
    inbox varchar(100) not null,
    round_no integer not null,
    message varchar(100) not null,
    verdict varchar(30) not null,          -- aman, hoaks, penipuan, phishing, minta-data-pribadi
    tapped text not null,                  -- mark ids, sorted, comma-separated; '' for none
    workshop varchar(40),                  -- the workshop of the seat that judged, if any
    judged_at bigint not null,
    primary key (learner_id, inbox, round_no, message)
);

create index inbox_judgement_message on inbox_judgement (inbox, message);
