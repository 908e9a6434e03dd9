-- Puente foundation: directory, users, API tokens, audit trail.
-- One migration set for H2 (PostgreSQL mode) and PostgreSQL: portable types only.

create table agency (
    code            varchar(40)  primary key,
    parent_code     varchar(40)  references agency(code),
    kind            varchar(20)  not null,
    country         varchar(2)      not null,
    name_vi         varchar(300) not null,
    name_es         varchar(300) not null,
    name_en         varchar(300) not null,
    abbreviations   varchar(300),
    deleted         boolean      not null default false,
    owner_agency    varchar(40)  not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    updated_at      timestamp with time zone not null,
    updated_by      varchar(100) not null,
    version         bigint       not null
);

create table agency_alt_name (
    agency_code     varchar(40)  not null references agency(code),
    name            varchar(300) not null,
    primary key (agency_code, name)
);

create table area (
    code            varchar(60)  primary key,
    parent_code     varchar(60)  references area(code),
    name_vi         varchar(200) not null,
    name_es         varchar(200) not null,
    name_en         varchar(200) not null,
    sort_order      integer      not null,
    deleted         boolean      not null default false,
    owner_agency    varchar(40)  not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    updated_at      timestamp with time zone not null,
    updated_by      varchar(100) not null,
    version         bigint       not null
);

create table person (
    id              uuid         primary key,
    full_name       varchar(300) not null,
    country         varchar(2)      not null,
    classification  varchar(20)  not null,
    notes           varchar(4000),
    deleted         boolean      not null default false,
    owner_agency    varchar(40)  not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    updated_at      timestamp with time zone not null,
    updated_by      varchar(100) not null,
    version         bigint       not null
);

create table person_name_variant (
    person_id       uuid         not null references person(id),
    name            varchar(300) not null,
    source          varchar(200),
    primary key (person_id, name)
);

create table person_role (
    id              uuid         primary key,
    person_id       uuid         not null references person(id),
    position        varchar(300),
    rank_title      varchar(200),
    agency_code     varchar(40)  references agency(code),
    valid_from      date,
    valid_to        date,
    source          varchar(200)
);
create index person_role_person on person_role(person_id);

create table person_claim (
    id              uuid         primary key,
    person_id       uuid         not null references person(id),
    attribute       varchar(20)  not null,
    claim_value     varchar(300) not null,
    as_of           date,
    source          varchar(200) not null,
    preferred       boolean      not null default false
);
create index person_claim_person on person_claim(person_id);

create table partnership (
    id              uuid         primary key,
    code            varchar(40)  not null unique,
    name_vi         varchar(300) not null,
    name_es         varchar(300) not null,
    name_en         varchar(300) not null,
    since           date,
    deleted         boolean      not null default false,
    owner_agency    varchar(40)  not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    updated_at      timestamp with time zone not null,
    updated_by      varchar(100) not null,
    version         bigint       not null
);

create table partnership_member (
    partnership_id  uuid         not null references partnership(id),
    agency_code     varchar(40)  not null references agency(code),
    languages       varchar(40)  not null,
    primary key (partnership_id, agency_code)
);

create table app_user (
    id              uuid         primary key,
    username        varchar(60)  not null unique,
    password_hash   varchar(200) not null,
    full_name       varchar(200) not null,
    agency_code     varchar(40)  not null references agency(code),
    roles           varchar(200) not null,
    clearance       varchar(20)  not null,
    language        varchar(5)   not null,
    enabled         boolean      not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    updated_at      timestamp with time zone not null,
    updated_by      varchar(100) not null,
    version         bigint       not null
);

create table api_token (
    id              uuid         primary key,
    user_id         uuid         not null references app_user(id),
    name            varchar(100) not null,
    token_hash      varchar(64)     not null unique,
    prefix          varchar(16)  not null,
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone,
    last_used_at    timestamp with time zone,
    revoked_at      timestamp with time zone,
    version         bigint       not null
);
create index api_token_user on api_token(user_id);

create table audit_entry (
    seq             bigint       primary key,
    at              timestamp with time zone not null,
    actor           varchar(100) not null,
    actor_agency    varchar(40),
    action          varchar(20)  not null,
    record_type     varchar(60)  not null,
    record_id       varchar(100) not null,
    changes         text         not null,
    prev_hash       varchar(64)     not null,
    hash            varchar(64)     not null
);
create index audit_entry_record on audit_entry(record_type, record_id);
create index audit_entry_at on audit_entry(at);

create table audit_head (
    id              integer      primary key,
    last_seq        bigint       not null,
    last_hash       varchar(64)     not null
);
insert into audit_head(id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
