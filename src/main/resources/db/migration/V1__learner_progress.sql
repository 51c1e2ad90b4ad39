create table learner (
    id varchar(40) primary key,
    created_at bigint not null
);

create table lesson_done (
    learner_id varchar(40) not null references learner (id) on delete cascade,
    lesson varchar(300) not null,
    done_at bigint not null,
    primary key (learner_id, lesson)
);
