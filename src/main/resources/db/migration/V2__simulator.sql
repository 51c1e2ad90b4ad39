-- The WhatsApp simulator: one chat per visitor and menu, its transcript, and practice results.
-- Portable between SQLite and PostgreSQL: times are epoch milliseconds (bigint), node paths are
-- option numbers joined with dots ('' is the top menu), and keys are composite, never generated.

create table sim_chat (
    learner_id varchar(40) not null references learner (id) on delete cascade,
    menu varchar(100) not null,
    chat_mode varchar(10) not null,        -- APP or API
    clock_offset bigint not null,          -- simulated time minus real time
    last_activity bigint,
    at_node varchar(100) not null,
    queue_state varchar(20) not null,      -- BOT, WAITING or WITH_STAFF
    away_sent_at bigint,
    waiting_since bigint,
    task varchar(100),                     -- the practice task under way, if any
    revision integer not null,             -- bumped by every update, so concurrent ones cannot both win
    updated_at bigint not null,
    primary key (learner_id, menu)
);

create table sim_message (
    learner_id varchar(40) not null,
    menu varchar(100) not null,
    seq integer not null,                  -- 0, 1, 2... within the chat
    sent_at bigint not null,               -- simulated time
    kind varchar(20) not null,
    node_path varchar(100) not null,
    body text not null,
    primary key (learner_id, menu, seq),
    foreign key (learner_id, menu) references sim_chat (learner_id, menu) on delete cascade
);

create table task_result (
    learner_id varchar(40) not null references learner (id) on delete cascade,
    menu varchar(100) not null,
    task varchar(100) not null,
    messages integer not null,
    par integer not null,
    reached_at bigint not null,            -- real time
    primary key (learner_id, menu, task, reached_at)
);
