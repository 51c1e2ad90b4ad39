-- Quizzes and questionnaires: one row per attempt (a draft until it is submitted) and one per
-- answer, saved as the learner gives it. Portable between SQLite and PostgreSQL: times are epoch
-- milliseconds, ids are made by the application, answers are JSON text.

create table quiz_attempt (
    id varchar(40) primary key,
    quiz varchar(100) not null,
    learner_id varchar(40) not null references learner (id) on delete cascade,
    number integer not null,               -- 1, 2, ... per learner and quiz
    question_order text not null,          -- question ids as shown in this attempt, comma-separated
    started_at bigint not null,
    submitted_at bigint,                   -- null while it is a draft
    score double precision,                -- points, once submitted (quizzes)
    max_score double precision,
    passed integer,                        -- 1 or 0, once submitted (quizzes)
    respondent_group varchar(10),          -- warga or aparat (questionnaires)
    respondent_name varchar(100),
    respondent_kelurahan varchar(100),
    workshop varchar(40),
    unique (learner_id, quiz, number)
);

create index quiz_attempt_submitted on quiz_attempt (quiz, submitted_at);

create table quiz_answer (
    attempt_id varchar(40) not null references quiz_attempt (id) on delete cascade,
    question varchar(100) not null,
    answer text not null,                  -- JSON, see AnswerJson
    saved_at bigint not null,
    checked integer not null default 0,    -- 1 once its feedback was shown; it can no longer change
    mark double precision,                 -- points earned, once graded
    hidden integer not null default 0,     -- free text a trainer hid from the dashboards
    primary key (attempt_id, question)
);

-- Quizzes and questionnaires a trainer closed: no new attempts and no more answers.
create table quiz_closed (
    quiz varchar(100) primary key,
    closed_at bigint not null
);
