-- Identity: who can log in with which roles, one-time links, failed logins, and the audit log.

create sequence account_seq start with 50 increment by 50;
create sequence one_time_token_seq start with 50 increment by 50;
create sequence login_failure_seq start with 50 increment by 50;
create sequence audit_entry_seq start with 50 increment by 50;

-- A person's way in. No password hash until they accept their invitation.
create table account (
    id            bigint                   not null primary key,
    person_id     bigint                   not null references person (id),
    password_hash varchar(400),
    active        boolean                  not null,
    created_at    timestamp with time zone not null,
    last_login_at timestamp with time zone,
    version       integer                  not null,
    constraint account_once_per_person unique (person_id)
);

create table account_role (
    account_id bigint      not null references account (id),
    role       varchar(20) not null,
    constraint account_role_pk primary key (account_id, role),
    constraint account_role_known check (role in ('COORDINATOR', 'TRAINER', 'TRAINEE'))
);

-- Setup, invitation and password-reset links. Only a hash of the secret is kept.
create table one_time_token (
    id         bigint                   not null primary key,
    purpose    varchar(20)              not null,
    token_hash varchar(64)              not null,
    account_id bigint references account (id),
    issued_at  timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    constraint one_time_token_hash_unique unique (token_hash),
    constraint one_time_token_purpose_known check (purpose in ('SETUP', 'INVITATION', 'PASSWORD_RESET'))
);
create index one_time_token_account on one_time_token (account_id);

-- Recent failed logins, by the name typed (whether or not an account has it) and by address.
create table login_failure (
    id          bigint                   not null primary key,
    login_name  varchar(254)             not null,
    address     varchar(64)              not null,
    occurred_at timestamp with time zone not null
);
create index login_failure_name on login_failure (login_name, occurred_at);
create index login_failure_address on login_failure (address, occurred_at);

-- Append-only: the application inserts and reads, never updates or deletes.
-- Personal data stays out of it: actors and records are ids, values are statuses and roles.
create table audit_entry (
    id               bigint                   not null primary key,
    occurred_at      timestamp with time zone not null,
    actor_account_id bigint,
    address          varchar(64),
    action           varchar(40)              not null,
    record_type      varchar(40),
    record_id        bigint,
    old_value        varchar(1000),
    new_value        varchar(1000)
);
create index audit_entry_time on audit_entry (occurred_at);
create index audit_entry_record on audit_entry (record_type, record_id);
create index audit_entry_actor on audit_entry (actor_account_id);

-- Erasure leaves a pseudonymised person behind, so enrolments and certificate numbers keep their shape.
alter table person add column erased_at timestamp with time zone;
