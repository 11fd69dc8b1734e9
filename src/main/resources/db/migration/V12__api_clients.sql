-- Clients of the matching API (/api/v1): a named bearer token per client, stored as a hash only,
-- read-only or read-write, revocable.
create sequence api_client_seq start with 50 increment by 50;

create table api_client (
    id            bigint                   not null primary key,
    name          varchar(100)             not null,
    token_hash    varchar(64)              not null,
    may_write     boolean                  not null,
    created_by    bigint                   not null references account (id),
    created_at    timestamp with time zone not null,
    last_used_at  timestamp with time zone,
    revoked_at    timestamp with time zone,
    constraint api_client_hash_unique unique (token_hash)
);
