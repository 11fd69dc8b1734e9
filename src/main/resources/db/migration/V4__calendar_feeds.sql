-- Personal calendar subscriptions: a secret address per person, stored as a hash, revocable.
create sequence calendar_feed_seq start with 50 increment by 50;

create table calendar_feed (
    id         bigint                   not null primary key,
    person_id  bigint                   not null references person (id),
    token_hash varchar(64)              not null,
    created_at timestamp with time zone not null,
    constraint calendar_feed_once_per_person unique (person_id),
    constraint calendar_feed_hash_unique unique (token_hash)
);
