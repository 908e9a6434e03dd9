-- Secure exchange: cases, messages (immutable once sent, hash-chained per case and signed
-- by the sending agency), deliveries per addressee with signed receipts, attachments kept
-- as content-addressed files outside the rows, and forwarding permissions for H2 messages.
-- Portable between H2 (PostgreSQL mode) and PostgreSQL.

create sequence exchange_case_number start with 1;

create table exchange_case (
    id               uuid          primary key,
    reference        varchar(40)   not null unique,
    title            varchar(500)  not null,
    priority         varchar(10)   not null,
    status           varchar(10)   not null,
    owner_agency     varchar(40)   not null references agency(code),
    agreement_id     uuid,
    activity_id      uuid,
    message_count    integer       not null,
    last_hash        varchar(64)   not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(100)  not null,
    updated_at       timestamp with time zone not null,
    updated_by       varchar(100)  not null,
    version          bigint        not null
);

create table exchange_case_area (
    case_id          uuid          not null references exchange_case(id),
    area_code        varchar(60)   not null references area(code),
    primary key (case_id, area_code)
);

create table exchange_case_agency (
    case_id          uuid          not null references exchange_case(id),
    agency_code      varchar(40)   not null references agency(code),
    primary key (case_id, agency_code)
);

create table exchange_case_status (
    id               uuid          primary key,
    case_id          uuid          not null references exchange_case(id),
    status           varchar(10)   not null,
    note             varchar(2000),
    changed_by       varchar(100)  not null,
    changed_at       timestamp with time zone not null
);
create index exchange_case_status_case on exchange_case_status(case_id);

create table exchange_message (
    id                   uuid          primary key,
    case_id              uuid          not null references exchange_case(id),
    seq                  integer       not null,
    sender_agency        varchar(40)   not null references agency(code),
    sender_ministry      varchar(40)   not null references agency(code),
    sender_user          varchar(100)  not null,
    sender_name          varchar(200)  not null,
    subject              varchar(500)  not null,
    body                 varchar(100000) not null,
    language             varchar(2)    not null,
    classification       varchar(20)   not null,
    classification_level integer       not null,
    handling_codes       varchar(20)   not null,
    handling_text        varchar(2000),
    source_reliability   varchar(1),
    information_accuracy integer,
    request_type         varchar(40)   not null,
    urgency              varchar(10)   not null,
    deadline             timestamp with time zone,
    reply_to             uuid          references exchange_message(id),
    correction_of        uuid          references exchange_message(id),
    forward_of           uuid          references exchange_message(id),
    sent_at              timestamp with time zone not null,
    prev_hash            varchar(64)   not null,
    hash                 varchar(64)   not null,
    signature_key        varchar(100),
    signature_algorithm  varchar(40),
    signature_value      varchar(4000),
    unique (case_id, seq)
);
create index exchange_message_case on exchange_message(case_id);
create index exchange_message_reply on exchange_message(reply_to);

create table exchange_message_addressee (
    message_id       uuid          not null references exchange_message(id),
    agency_code      varchar(40)   not null references agency(code),
    primary key (message_id, agency_code)
);

-- Who may read a message, as keys: "ministry:MPS" for the sending ministry's users,
-- "unit:MININT-DGCI" for the users of an addressed unit (and of every unit below it).
create table exchange_message_reader (
    message_id       uuid          not null references exchange_message(id),
    reader           varchar(60)   not null,
    primary key (message_id, reader)
);
create index exchange_message_reader_key on exchange_message_reader(reader);

create table exchange_delivery (
    id               uuid          primary key,
    message_id       uuid          not null references exchange_message(id),
    addressee        varchar(40)   not null references agency(code),
    delivered_at     timestamp with time zone not null,
    read_at          timestamp with time zone,
    read_by          varchar(100),
    acknowledged_at  timestamp with time zone,
    acknowledged_by  varchar(100),
    answered_at      timestamp with time zone,
    answered_by      varchar(100),
    answer_id        uuid          references exchange_message(id),
    version          bigint        not null,
    unique (message_id, addressee)
);
create index exchange_delivery_addressee on exchange_delivery(addressee);

create table exchange_receipt (
    id                   uuid          primary key,
    delivery_id          uuid          not null references exchange_delivery(id),
    message_id           uuid          not null references exchange_message(id),
    addressee            varchar(40)   not null,
    kind                 varchar(20)   not null,
    at                   timestamp with time zone not null,
    actor                varchar(100)  not null,
    message_hash         varchar(64)   not null,
    signature_key        varchar(100),
    signature_algorithm  varchar(40),
    signature_value      varchar(4000)
);
create index exchange_receipt_message on exchange_receipt(message_id);

create table exchange_attachment (
    id               uuid          primary key,
    message_id       uuid          references exchange_message(id),
    position         integer       not null,
    name             varchar(255)  not null,
    media_type       varchar(150)  not null,
    size_bytes       bigint        not null,
    sha256           varchar(64)   not null,
    uploaded_by      varchar(100)  not null,
    uploader_agency  varchar(40)   not null,
    uploaded_at      timestamp with time zone not null,
    version          bigint        not null
);
create index exchange_attachment_message on exchange_attachment(message_id);

create table exchange_forward_permission (
    id               uuid          primary key,
    message_id       uuid          not null references exchange_message(id),
    agency_code      varchar(40)   not null references agency(code),
    granted_by       varchar(100)  not null,
    granted_at       timestamp with time zone not null,
    unique (message_id, agency_code)
);
