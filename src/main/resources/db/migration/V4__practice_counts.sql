-- Practice on each menu, counted as it happens, so that restarting a chat (which deletes its
-- transcript) keeps what the trainers' heat map shows. The simulator adds to these counts in the
-- transaction that stores the messages. Portable between SQLite and PostgreSQL, like V2.

create table practice_total (
    menu varchar(100) primary key,
    chats bigint not null,                 -- chats that received a message, restarted ones included
    messages bigint not null
);

create table practice_count (
    menu varchar(100) not null,
    node_path varchar(100) not null,       -- as in sim_message: option numbers joined with dots
    shown bigint not null,                 -- times the node's sub-menu or answer was sent
    primary key (menu, node_path)
);

-- Who started which task, kept after the chat that started it is restarted.
create table task_attempt (
    learner_id varchar(40) not null references learner (id) on delete cascade,
    menu varchar(100) not null,
    task varchar(100) not null,
    started_at bigint not null,            -- real time of the first start
    primary key (learner_id, menu, task)
);

-- The practice stored so far: every chat still holds its whole transcript and its task.
insert into practice_total (menu, chats, messages)
select menu, count(distinct learner_id), count(*) from sim_message group by menu;

insert into practice_count (menu, node_path, shown)
select menu, node_path, count(*) from sim_message
where kind in ('MENU', 'ANSWER', 'HANDOFF', 'QUICK_REPLY')
group by menu, node_path;

insert into task_attempt (learner_id, menu, task, started_at)
select learner_id, menu, task, updated_at from sim_chat where task is not null;
