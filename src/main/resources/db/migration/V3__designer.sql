-- The menu designer: menus staff design in the browser, each saved version kept as the same YAML
-- text a menu file holds. Portable between SQLite and PostgreSQL: ids are made by the application,
-- times are epoch milliseconds (bigint), version numbers count up from 1 per menu.

create table designed_menu (
    id varchar(40) primary key,
    owner_id varchar(40) not null,         -- the visitor's learner id; no accounts yet
    title varchar(300) not null,
    current_version integer not null,
    created_at bigint not null,
    updated_at bigint not null
);

create index designed_menu_owner on designed_menu (owner_id, updated_at);

create table designed_menu_version (
    menu_id varchar(40) not null references designed_menu (id) on delete cascade,
    version integer not null,
    yaml text not null,
    saved_at bigint not null,
    note varchar(40) not null,             -- what made it: create, save, import, restore
    primary key (menu_id, version)
);
