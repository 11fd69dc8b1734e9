-- A make-up for a teaching day a trainee missed: as a guest on the same unit's day in another
-- cohort, or in a catch-up conversation with a trainer. It counts for that one unit only, so it
-- names the missed day, and a missed day is made up at most once.
create sequence make_up_seq start with 50 increment by 50;

create table make_up (
    id             bigint       not null primary key,
    enrolment_id   bigint       not null references enrolment (id),
    missed_day_id  bigint       not null references teaching_day (id),
    kind           varchar(20)  not null,
    host_day_id    bigint       references teaching_day (id),
    held_on        date         not null,
    note           varchar(500),
    recorded_by_id bigint       not null references person (id),
    recorded_at    timestamp with time zone not null,
    constraint make_up_once_per_missed_day unique (enrolment_id, missed_day_id),
    constraint make_up_kind_known check (kind in ('GUEST', 'CONVERSATION')),
    constraint make_up_guest_has_host check ((kind = 'GUEST' and host_day_id is not null)
                                             or (kind = 'CONVERSATION' and host_day_id is null))
);
create index make_up_host_day on make_up (host_day_id);
create index make_up_missed_day on make_up (missed_day_id);
