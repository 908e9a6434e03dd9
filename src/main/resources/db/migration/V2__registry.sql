-- Cooperation registry: agreements, engagements, commitments, activities, reviews.
-- Portable between H2 (PostgreSQL mode) and PostgreSQL. Records that belong to another
-- module (people, partnerships, areas) are referenced by id or code.

create table agreement (
    id               uuid          primary key,
    partnership_id   uuid          not null references partnership(id),
    parent_id        uuid          references agreement(id),
    kind             varchar(20)   not null,
    title_vi         varchar(500),
    title_es         varchar(500),
    title_en         varchar(500),
    status           varchar(20)   not null,
    signed_on        date,
    signed_place     varchar(200),
    entry_into_force date,
    term_text        varchar(2000),
    internal         boolean       not null default false,
    internal_note    varchar(4000),
    deleted          boolean       not null default false,
    owner_agency     varchar(40)   not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(100)  not null,
    updated_at       timestamp with time zone not null,
    updated_by       varchar(100)  not null,
    version          bigint        not null
);
create index agreement_partnership on agreement(partnership_id);

create table agreement_party (
    agreement_id     uuid          not null references agreement(id),
    agency_code      varchar(40)   not null references agency(code),
    primary key (agreement_id, agency_code)
);

create table agreement_signatory (
    agreement_id     uuid          not null references agreement(id),
    person_id        uuid          not null references person(id),
    primary key (agreement_id, person_id)
);

create table agreement_area (
    agreement_id     uuid          not null references agreement(id),
    area_code        varchar(60)   not null references area(code),
    primary key (agreement_id, area_code)
);

create table agreement_source (
    agreement_id     uuid          not null references agreement(id),
    source           varchar(100)  not null,
    primary key (agreement_id, source)
);

create table agreement_status_change (
    agreement_id     uuid          not null references agreement(id),
    status           varchar(20)   not null,
    changed_on       date          not null,
    note             varchar(2000),
    override_reason  varchar(2000),
    changed_by       varchar(100)  not null,
    changed_at       timestamp with time zone not null
);
create index agreement_status_change_agreement on agreement_status_change(agreement_id);

create table agreement_document (
    id               uuid          primary key,
    agreement_id     uuid          not null references agreement(id),
    file_name        varchar(300)  not null,
    content_type     varchar(100)  not null,
    size_bytes       bigint        not null,
    sha256           varchar(64)   not null,
    storage_path     varchar(500)  not null,
    uploaded_by      varchar(100)  not null,
    uploaded_at      timestamp with time zone not null
);
create index agreement_document_agreement on agreement_document(agreement_id);

create table engagement (
    id               uuid          primary key,
    partnership_id   uuid          not null references partnership(id),
    parent_id        uuid          references engagement(id),
    kind             varchar(30)   not null,
    title_vi         varchar(500),
    title_es         varchar(500),
    title_en         varchar(500),
    start_date       date          not null,
    end_date         date,
    date_approximate boolean       not null default false,
    place_city       varchar(200),
    place_country    varchar(2),
    host_agency      varchar(40)   references agency(code),
    guest_agency     varchar(40)   references agency(code),
    outcomes         varchar(8000),
    internal         boolean       not null default false,
    internal_note    varchar(4000),
    deleted          boolean       not null default false,
    owner_agency     varchar(40)   not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(100)  not null,
    updated_at       timestamp with time zone not null,
    updated_by       varchar(100)  not null,
    version          bigint        not null
);
create index engagement_partnership on engagement(partnership_id);
create index engagement_parent on engagement(parent_id);
create index engagement_start on engagement(start_date);

create table engagement_area (
    engagement_id    uuid          not null references engagement(id),
    area_code        varchar(60)   not null references area(code),
    primary key (engagement_id, area_code)
);

create table engagement_source (
    engagement_id    uuid          not null references engagement(id),
    source           varchar(100)  not null,
    primary key (engagement_id, source)
);

create table delegation_member (
    id               uuid          primary key,
    engagement_id    uuid          not null references engagement(id),
    person_id        uuid          not null references person(id),
    person_name      varchar(300)  not null,
    side             varchar(10)   not null,
    delegation_role  varchar(10)   not null,
    rank_title       varchar(200),
    position_title   varchar(300),
    sort_order       integer       not null default 0
);
create index delegation_member_engagement on delegation_member(engagement_id);
create index delegation_member_person on delegation_member(person_id);

create table engagement_agreement (
    id               uuid          primary key,
    engagement_id    uuid          not null references engagement(id),
    agreement_id     uuid          not null references agreement(id),
    action           varchar(10)   not null
);
create index engagement_agreement_engagement on engagement_agreement(engagement_id);
create index engagement_agreement_agreement on engagement_agreement(agreement_id);

create table commitment (
    id                   uuid          primary key,
    partnership_id       uuid          not null references partnership(id),
    text_vi              varchar(2000),
    text_es              varchar(2000),
    text_en              varchar(2000),
    responsible_agency   varchar(40)   references agency(code),
    responsible_unit     varchar(40)   references agency(code),
    due_date             date,
    due_period           varchar(100),
    status               varchar(20)   not null,
    agreed_by            varchar(10)   not null,
    proposed_by          varchar(40)   references agency(code),
    origin_engagement_id uuid          references engagement(id),
    origin_agreement_id  uuid          references agreement(id),
    internal             boolean       not null default false,
    internal_note        varchar(4000),
    deleted              boolean       not null default false,
    owner_agency         varchar(40)   not null,
    created_at           timestamp with time zone not null,
    created_by           varchar(100)  not null,
    updated_at           timestamp with time zone not null,
    updated_by           varchar(100)  not null,
    version              bigint        not null
);
create index commitment_partnership on commitment(partnership_id);
create index commitment_origin_engagement on commitment(origin_engagement_id);
create index commitment_origin_agreement on commitment(origin_agreement_id);

create table commitment_area (
    commitment_id    uuid          not null references commitment(id),
    area_code        varchar(60)   not null references area(code),
    primary key (commitment_id, area_code)
);

create table commitment_source (
    commitment_id    uuid          not null references commitment(id),
    source           varchar(100)  not null,
    primary key (commitment_id, source)
);

create table commitment_raised_at (
    commitment_id    uuid          not null references commitment(id),
    engagement_id    uuid          not null references engagement(id),
    primary key (commitment_id, engagement_id)
);

create table commitment_status_change (
    commitment_id    uuid          not null references commitment(id),
    status           varchar(20)   not null,
    changed_on       date          not null,
    note             varchar(2000),
    override_reason  varchar(2000),
    changed_by       varchar(100)  not null,
    changed_at       timestamp with time zone not null
);
create index commitment_status_change_commitment on commitment_status_change(commitment_id);

create table activity (
    id               uuid          primary key,
    partnership_id   uuid          not null references partnership(id),
    kind             varchar(20)   not null,
    title_vi         varchar(500),
    title_es         varchar(500),
    title_en         varchar(500),
    start_date       date,
    end_date         date,
    place_city       varchar(200),
    place_country    varchar(2),
    trainees         integer,
    trainer_side     varchar(40)   references agency(code),
    items            varchar(4000),
    value_amount     numeric(18, 2),
    currency         varchar(3),
    status           varchar(20)   not null,
    internal         boolean       not null default false,
    internal_note    varchar(4000),
    deleted          boolean       not null default false,
    owner_agency     varchar(40)   not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(100)  not null,
    updated_at       timestamp with time zone not null,
    updated_by       varchar(100)  not null,
    version          bigint        not null
);
create index activity_partnership on activity(partnership_id);

create table activity_commitment (
    activity_id      uuid          not null references activity(id),
    commitment_id    uuid          not null references commitment(id),
    primary key (activity_id, commitment_id)
);
create index activity_commitment_commitment on activity_commitment(commitment_id);

create table activity_source (
    activity_id      uuid          not null references activity(id),
    source           varchar(100)  not null,
    primary key (activity_id, source)
);

create table review (
    id               uuid          primary key,
    partnership_id   uuid          not null references partnership(id),
    agreement_id     uuid          not null references agreement(id),
    engagement_id    uuid          references engagement(id),
    review_date      date          not null,
    conclusions      varchar(8000),
    snapshot         text          not null,
    internal         boolean       not null default false,
    internal_note    varchar(4000),
    deleted          boolean       not null default false,
    owner_agency     varchar(40)   not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(100)  not null,
    updated_at       timestamp with time zone not null,
    updated_by       varchar(100)  not null,
    version          bigint        not null
);
create index review_agreement on review(agreement_id);

create table review_source (
    review_id        uuid          not null references review(id),
    source           varchar(100)  not null,
    primary key (review_id, source)
);
