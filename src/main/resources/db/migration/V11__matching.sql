-- Matching: who of the certified graduates may be offered to the matching module, what they chose to
-- tell and share, and the ordered feed of changes the module follows. No health or diagnosis field,
-- here or anywhere: matching needs none.

create sequence matching_consent_seq start with 50 increment by 50;
create sequence matching_profile_seq start with 50 increment by 50;
create sequence matching_pause_seq start with 50 increment by 50;
create sequence mentor_pool_seq start with 50 increment by 50;

-- Every consent given stays as a row; withdrawing sets withdrawn_at, a new consent is a new row.
create table matching_consent (
    id           bigint                   not null primary key,
    person_id    bigint                   not null references person (id),
    text_version varchar(40)              not null,
    given_at     timestamp with time zone not null,
    withdrawn_at timestamp with time zone
);
create index matching_consent_person on matching_consent (person_id, given_at);

-- What the graduate chose to tell; lists are stored as |a|b| so one element can be matched exactly.
create table matching_profile (
    id               bigint                   not null primary key,
    person_id        bigint                   not null references person (id),
    languages        varchar(500),
    interests        varchar(1000),
    activity_kinds   varchar(100),
    frequency        varchar(20),
    days             varchar(100),
    area             varchar(100),
    age_band         varchar(40),
    gender           varchar(60),
    about            varchar(1000),
    share_first_name boolean                  not null,
    share_email      boolean                  not null,
    share_phone      boolean                  not null,
    updated_at       timestamp with time zone not null,
    version          integer                  not null,
    constraint matching_profile_once unique (person_id),
    constraint matching_profile_frequency check (frequency in ('WEEKLY', 'EVERY_OTHER_WEEK'))
);

-- A coordinator's pause; lifting keeps the row, so the history shows both.
create table matching_pause (
    id         bigint                   not null primary key,
    person_id  bigint                   not null references person (id),
    reason     varchar(500)             not null,
    paused_by  bigint                   not null references person (id),
    paused_at  timestamp with time zone not null,
    lifted_by  bigint references person (id),
    lifted_at  timestamp with time zone
);
create index matching_pause_person on matching_pause (person_id, paused_at);

-- The pool as last assessed, one row per person ever eligible: kept true by every change of the facts.
-- public_id is what the API shows (128 random bits), never the database key.
create table mentor_pool (
    id                bigint                   not null primary key,
    person_id         bigint                   not null references person (id),
    public_id         varchar(32)              not null,
    eligible          boolean                  not null,
    eligible_since    timestamp with time zone,
    shown_digest      varchar(64),
    updated_at        timestamp with time zone not null,
    match_state       varchar(20),
    match_reported_at timestamp with time zone,
    match_reported_by varchar(200),
    constraint mentor_pool_person unique (person_id),
    constraint mentor_pool_public_id unique (public_id),
    constraint mentor_pool_match_state check (match_state in ('MATCHED', 'ENDED'))
);
create index mentor_pool_eligible on mentor_pool (eligible, public_id);

-- The feed. Positions are handed out under the lock of the one counter row, so they have no gaps and
-- become visible in commit order. Rows name the public id only and outlive an erasure.
create table eligibility_event (
    position    bigint                   not null primary key,
    mentor_id   varchar(32)              not null,
    change      varchar(30)              not null,
    occurred_at timestamp with time zone not null,
    constraint eligibility_event_change check (change in ('BECAME_ELIGIBLE', 'UPDATED', 'NO_LONGER_ELIGIBLE'))
);

create table eligibility_counter (
    id            integer not null primary key,
    last_position bigint  not null
);
insert into eligibility_counter (id, last_position) values (1, 0);
