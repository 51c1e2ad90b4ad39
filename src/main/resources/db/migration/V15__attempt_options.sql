-- The order of each question's options in an attempt, drawn when it starts (JSON: question id to
-- option ids, right-hand texts or item ids). Null for attempts stored before it was drawn.
alter table quiz_attempt add column option_order text;
