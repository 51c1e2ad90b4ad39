-- Learning paths: the steps of a checklist each learner has ticked, the design tasks a learner's
-- design has passed, and the links that let anyone try a design. Portable between SQLite and
-- PostgreSQL: ids and tokens are made by the application, times are epoch milliseconds (bigint).

create table checklist_tick (
    learner_id varchar(40) not null references learner (id) on delete cascade,
    checklist varchar(100) not null,       -- content/checklists/<id>.yaml
    step varchar(100) not null,            -- the step's id in that file
    ticked_at bigint not null,
    primary key (learner_id, checklist, step)
);

create table design_task_pass (
    learner_id varchar(40) not null references learner (id) on delete cascade,
    task varchar(100) not null,            -- content/design-tasks/<id>.yaml
    menu_id varchar(40) not null,          -- the design that passed, as designed_menu.id
    version integer not null,              -- and its version at the time
    passed_at bigint not null,
    primary key (learner_id, task)
);

create table design_share (
    token varchar(40) primary key,         -- unguessable: 24 random characters
    menu_id varchar(40) not null references designed_menu (id) on delete cascade,
    created_at bigint not null
);

create unique index design_share_menu on design_share (menu_id);
