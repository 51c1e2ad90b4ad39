-- Accounts, login sessions, failed logins (for throttling) and the audit log. Portable between
-- SQLite and PostgreSQL: times are epoch milliseconds, ids are made by the application.

create table users (
    id varchar(40) primary key,
    username varchar(60) not null unique,  -- stored lower-case, so names differing in case are one
    role varchar(10) not null check (role in ('admin', 'trainer', 'learner')),
    password_hash varchar(200) not null,
    disabled integer not null default 0,   -- 1: cannot log in, and their sessions are refused
    created_at bigint not null
);

-- Only a hash of the token is kept: a copy of the database does not let anyone log in.
create table sessions (
    token_hash varchar(64) primary key,
    user_id varchar(40) not null references users (id) on delete cascade,
    created_at bigint not null,
    expires_at bigint not null,
    last_seen bigint not null
);

create index sessions_user on sessions (user_id);

-- One row per failed login, kept for the throttle window; by account and by address.
create table login_failures (
    username varchar(60) not null,
    ip varchar(64) not null,
    at bigint not null
);

create index login_failures_username on login_failures (username, at);
create index login_failures_ip on login_failures (ip, at);

create table audit_log (
    id varchar(40) primary key,
    at bigint not null,
    actor_id varchar(40) references users (id) on delete set null,  -- null: the command line or setup
    action varchar(60) not null,
    target varchar(200) not null,
    detail varchar(1000) not null default ''
);

create index audit_log_at on audit_log (at);
