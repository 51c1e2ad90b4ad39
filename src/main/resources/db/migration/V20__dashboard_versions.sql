-- What the dashboards' read models check on every view to notice a change made by any process on
-- the database, each an index-only count: the attempts that gave a group (a learner's latest one
-- names the group of their attempts that gave none), the answers a trainer marked, and the typed
-- answers a trainer hid. Partial indexes, so each holds only those rows. Portable between SQLite
-- and PostgreSQL.

create index quiz_attempt_grouped on quiz_attempt (started_at, learner_id) where respondent_group is not null;
create index quiz_answer_marked on quiz_answer (marked_at) where marked_at is not null;
create index quiz_answer_hidden on quiz_answer (attempt_id, question) where hidden = 1;
