-- Calendar feeds: a user's secret address of a partnership's engagements (RFC 5545) that
-- calendar clients subscribe to. Only the SHA-256 hash of the secret is kept.
create table calendar_feed (
    id              uuid         primary key,
    user_id         uuid         not null references app_user(id),
    partnership_id  uuid         not null references partnership(id),
    token_hash      varchar(64)  not null unique,
    prefix          varchar(16)  not null,
    created_at      timestamp with time zone not null,
    last_used_at    timestamp with time zone,
    revoked_at      timestamp with time zone,
    version         bigint       not null
);
create index calendar_feed_user on calendar_feed(user_id);
