-- Screening: each agency's watchlists (persons and travel documents), the log of every
-- check, the hit notices the owner of a matched entry receives, follow-up requests and
-- batch checks. Lists (aliases, nationalities, document numbers) are kept as text, one
-- value a line: they are read whole into the in-memory index, never queried by SQL.
create table watch_person (
    id              uuid          primary key,
    owner_agency    varchar(40)   not null,
    full_name       varchar(300)  not null,
    aliases         varchar(4000),
    search_key      varchar(4400) not null,
    birth_date      varchar(30),
    sex             varchar(1),
    nationalities   varchar(200),
    documents       varchar(1000),
    category        varchar(30)   not null,
    legal_basis     varchar(1000) not null,
    valid_from      date,
    valid_until     date,
    handling_code   varchar(2)    not null,
    contact_unit    varchar(40)   not null,
    deleted         boolean       not null default false,
    created_at      timestamp with time zone not null,
    created_by      varchar(100)  not null,
    updated_at      timestamp with time zone not null,
    updated_by      varchar(100)  not null,
    version         bigint        not null
);
create index watch_person_owner on watch_person(owner_agency);

create table watch_document (
    id              uuid          primary key,
    owner_agency    varchar(40)   not null,
    number          varchar(60)   not null,
    number_key      varchar(60)   not null,
    doc_type        varchar(20)   not null,
    issuing_country varchar(2)    not null,
    status          varchar(20)   not null,
    reported_on     date          not null,
    contact_unit    varchar(40)   not null,
    deleted         boolean       not null default false,
    created_at      timestamp with time zone not null,
    created_by      varchar(100)  not null,
    updated_at      timestamp with time zone not null,
    updated_by      varchar(100)  not null,
    version         bigint        not null
);
create index watch_document_owner on watch_document(owner_agency);
create index watch_document_key on watch_document(number_key);

-- The query log: one row per single check, one aggregate row per batch.
create table screening_check (
    id               uuid          primary key,
    at               timestamp with time zone not null,
    actor            varchar(100)  not null,
    actor_agency     varchar(40)   not null,
    actor_ministry   varchar(40)   not null,
    purpose_category varchar(30)   not null,
    purpose          varchar(500)  not null,
    probe            varchar(2000) not null,
    result           varchar(10)   not null,
    hits             integer       not null,
    batch_id         uuid,
    batch_rows       integer
);
create index screening_check_ministry_at on screening_check(actor_ministry, at);

-- What the owner of a matched entry is told: who asked, when, why, with what, and which
-- entry. The asker holds only the opaque reference.
create table screening_hit (
    id               uuid          primary key,
    reference        varchar(20)   not null unique,
    check_id         uuid          not null,
    at               timestamp with time zone not null,
    asker            varchar(100)  not null,
    asker_agency     varchar(40)   not null,
    asker_ministry   varchar(40)   not null,
    purpose_category varchar(30)   not null,
    purpose          varchar(500)  not null,
    probe            varchar(2000) not null,
    entry_kind       varchar(10)   not null,
    entry_id         uuid          not null,
    owner_agency     varchar(40)   not null,
    contact_unit     varchar(40)   not null,
    score            double precision not null,
    explanation      varchar(2000) not null
);
create index screening_hit_owner_at on screening_hit(owner_agency, at);
create index screening_hit_asker on screening_hit(asker_ministry, at);

-- Step 2: the asking side's request for information about a hit, sent as a request in
-- the exchange (case and message); answered_* are copied from the exchange's ANSWERED
-- receipt when the owner replies there (the answer itself stays in the exchange).
create table screening_follow_up (
    id                     uuid          primary key,
    hit_id                 uuid          not null references screening_hit(id) on delete cascade,
    requested_at           timestamp with time zone not null,
    requested_by           varchar(100)  not null,
    requester_agency       varchar(40)   not null,
    question               varchar(4000) not null,
    addressee              varchar(40)   not null,
    exchange_case_id       uuid          not null,
    exchange_case_reference varchar(40)  not null,
    exchange_message_id    uuid          not null,
    answered_at            timestamp with time zone,
    answered_by            varchar(100),
    version                bigint        not null
);
create index screening_follow_up_hit on screening_follow_up(hit_id);
create index screening_follow_up_message on screening_follow_up(exchange_message_id);
