-- A trainer's mark of an answer: an essay worth points, or a typed answer the key marked wrong.
-- quiz_answer.mark then holds the trainer's points; marked_by names the account (null for the
-- grader's own marks), with the trainer's comment to the learner and when it was given.
alter table quiz_answer add column marked_by varchar(40);
alter table quiz_answer add column marked_at bigint;
alter table quiz_answer add column comment text;
