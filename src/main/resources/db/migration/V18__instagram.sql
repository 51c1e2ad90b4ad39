-- The Instagram content planner: plans staff make in the browser, each saved version kept as the
-- same YAML text a practice task's starting plan is written in; the images uploaded for posts,
-- re-encoded by the server and kept as base64 JPEG text (portable between SQLite and PostgreSQL);
-- and the practice tasks each learner has passed. Ids are made by the application, times are
-- epoch milliseconds (bigint).

create table instagram_plan (
    id varchar(40) primary key,
    owner_id varchar(40) not null,         -- the visitor's learner id
    task_id varchar(100),                  -- the practice task it was started for, if any
    title varchar(300) not null,
    current_version integer not null,
    created_at bigint not null,
    updated_at bigint not null
);

create index instagram_plan_owner on instagram_plan (owner_id, updated_at);

create table instagram_plan_version (
    plan_id varchar(40) not null references instagram_plan (id) on delete cascade,
    version integer not null,
    yaml text not null,
    saved_at bigint not null,
    note varchar(40) not null,             -- what made it: create, profile, post, delete-post, reply, image, restore
    primary key (plan_id, version)
);

create table instagram_image (
    id varchar(40) primary key,
    plan_id varchar(40) not null references instagram_plan (id) on delete cascade,
    jpeg text not null,                    -- base64 of the JPEG the server wrote
    width integer not null,
    height integer not null,
    created_at bigint not null
);

create index instagram_image_plan on instagram_image (plan_id);

create table instagram_task_done (
    learner_id varchar(40) not null,
    task_id varchar(100) not null,
    plan_id varchar(40) not null,
    passed_at bigint not null,
    primary key (learner_id, task_id)
);
