-- Self check-in by QR code: a trainer opens it for one teaching day; each code on the screen is
-- used once. The secret signs the codes; it never leaves the server except inside a signature.
create table check_in (
    teaching_day_id bigint                   not null primary key references teaching_day (id),
    secret          varchar(64)              not null,
    opened_by_id    bigint                   not null references person (id),
    opened_at       timestamp with time zone not null,
    closes_at       timestamp with time zone not null,
    closed_at       timestamp with time zone,
    version         integer                  not null
);

-- One row per used code. The counter is the code's place in the day's sequence, so the unique key
-- lets exactly one trainee use each code, even when two scan it at the same moment.
create sequence check_in_use_seq start with 50 increment by 50;

create table check_in_use (
    id              bigint                   not null primary key,
    teaching_day_id bigint                   not null references check_in (teaching_day_id),
    token_window    bigint                   not null,
    token_counter   integer                  not null,
    person_id       bigint                   not null references person (id),
    used_at         timestamp with time zone not null,
    constraint check_in_use_once unique (teaching_day_id, token_counter)
);
