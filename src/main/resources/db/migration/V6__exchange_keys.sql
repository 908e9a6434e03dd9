-- Each agency's Ed25519 signing keys for the secure exchange. The private key is kept only
-- encrypted (AES-GCM under a key derived from the installation's master secret); a rotated
-- key stays with its retirement time so signatures made with it still verify.
create table agency_key (
    key_id          varchar(80)  primary key,
    agency          varchar(40)  not null,
    algorithm       varchar(20)  not null,
    public_key      varchar(200) not null,
    private_key_enc varchar(400) not null,
    created_at      timestamp with time zone not null,
    retired_at      timestamp with time zone
);
create index agency_key_agency on agency_key(agency);
