-- Quizzes trainers import as Moodle GIFT files at /kuis/impor, kept as the text they gave and read
-- again with the GIFT reader. An id never repeats a quiz file's id, another imported quiz's id,
-- or the id of a quiz that still has attempts. Portable between SQLite and PostgreSQL; times are
-- epoch milliseconds.

create table imported_quiz (
    id varchar(100) primary key,
    title varchar(300) not null,
    gift text not null,
    created_at bigint not null
);
