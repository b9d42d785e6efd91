-- Users, units and roles: the one source of truth, also seen by the engine (candidate groups, Cockpit, Tasklist).
create table kasus_unit (
    id   varchar(64)  primary key,
    name varchar(200) not null
);

create table kasus_user (
    username      varchar(64)  primary key,
    display_name  varchar(200) not null,
    title         varchar(200),
    email         varchar(200),
    password_hash varchar(200) not null,
    unit_id       varchar(64)  references kasus_unit (id),
    active        boolean      not null default true
);

create table kasus_user_role (
    username varchar(64) not null references kasus_user (username),
    role     varchar(40) not null,
    primary key (username, role)
);
