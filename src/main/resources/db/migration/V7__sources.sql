-- Source import: press articles as imported, and the provenance of accepted records
-- (which article, which characters of it). Portable between H2 (PostgreSQL mode) and
-- PostgreSQL.

create table source_article (
    id               uuid          primary key,
    label            varchar(100)  not null,
    title            varchar(500),
    outlet           varchar(200),
    url              varchar(1000),
    published        date,
    language         varchar(8)    not null,
    file_name        varchar(300),
    charset          varchar(40),
    body             text          not null,
    content_hash     varchar(64)   not null,
    minhash          varchar(600)  not null,
    extraction       text,
    review_state     varchar(20)   not null,
    reject_reason    varchar(2000),
    reviewed_by      varchar(100),
    reviewed_at      timestamp with time zone,
    engagement_id    uuid,
    owner_agency     varchar(40)   not null,
    imported_by      varchar(100)  not null,
    imported_at      timestamp with time zone not null,
    version          bigint        not null
);
create unique index source_article_hash on source_article(content_hash);
create index source_article_state on source_article(review_state);

create table source_citation (
    id               uuid          primary key,
    article_id       uuid          not null references source_article(id),
    record_type      varchar(30)   not null,
    record_id        uuid          not null,
    span_start       integer,
    span_end         integer,
    quote            varchar(1000),
    cited_by         varchar(100)  not null,
    cited_at         timestamp with time zone not null
);
create index source_citation_record on source_citation(record_type, record_id);
create index source_citation_article on source_citation(article_id);
