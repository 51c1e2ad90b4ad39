-- Learner accounts. Every account has a learner id: the id under which lessons done, practice,
-- quiz attempts and menu designs are kept, and which logging in puts in the device's learner
-- cookie, so progress follows the account. A learner who signs up keeps the id their device
-- already had, and with it what they did before having an account. Accounts made before this
-- have none until they next log in (random ids cannot be made portably in SQL).

alter table users add column learner_id varchar(40);

create unique index users_learner_id on users (learner_id);

-- One row per sign-up attempt, kept for the throttle window, by address.
create table signup_attempts (
    ip varchar(64) not null,
    at bigint not null
);

create index signup_attempts_ip on signup_attempts (ip, at);
