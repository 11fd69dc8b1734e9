-- The core of the course: programmes, cohorts, their six teaching days, people, enrolments,
-- trainer assignments and attendance. Portable SQL: runs unchanged on H2 (PostgreSQL mode) and PostgreSQL 15.
-- Sequences start at their increment because EclipseLink hands out the block below each value it reads.

create sequence programme_seq start with 50 increment by 50;
create sequence cohort_seq start with 50 increment by 50;
create sequence teaching_day_seq start with 50 increment by 50;
create sequence person_seq start with 50 increment by 50;
create sequence enrolment_seq start with 50 increment by 50;
create sequence trainer_assignment_seq start with 50 increment by 50;
create sequence attendance_seq start with 50 increment by 50;

create table programme (
    id          bigint       not null primary key,
    name        varchar(200) not null,
    version     integer      not null,
    constraint programme_name_unique unique (name)
);

create table cohort (
    id           bigint       not null primary key,
    programme_id bigint       not null references programme (id),
    name         varchar(200) not null,
    place        varchar(200) not null,
    capacity     integer      not null,
    version      integer      not null,
    constraint cohort_name_unique unique (programme_id, name),
    constraint cohort_capacity_positive check (capacity > 0)
);

create table teaching_day (
    id         bigint       not null primary key,
    cohort_id  bigint       not null references cohort (id),
    sequence   integer      not null,
    day_date   date         not null,
    starts_at  time         not null,
    ends_at    time         not null,
    place      varchar(200) not null,
    unit_id    varchar(100) not null,
    version    integer      not null,
    constraint teaching_day_sequence_unique unique (cohort_id, sequence),
    constraint teaching_day_sequence_range check (sequence between 1 and 6),
    constraint teaching_day_times check (ends_at > starts_at)
);
create index teaching_day_date on teaching_day (day_date);

-- People who take part: trainees and trainers. Contact data only; never health information.
create table person (
    id                 bigint       not null primary key,
    given_name         varchar(100) not null,
    family_name        varchar(100) not null,
    email              varchar(254) not null,
    phone              varchar(40),
    date_of_birth      date,
    preferred_language varchar(2)   not null,
    version            integer      not null,
    constraint person_email_unique unique (email)
);

create table enrolment (
    id                bigint       not null primary key,
    cohort_id         bigint       not null references cohort (id),
    person_id         bigint       not null references person (id),
    status            varchar(20)  not null,
    applied_on        date         not null,
    withdrawal_reason varchar(500),
    version           integer      not null,
    constraint enrolment_once_per_cohort unique (cohort_id, person_id),
    constraint enrolment_status_known check (status in ('APPLIED', 'ENROLLED', 'WITHDRAWN', 'COMPLETED'))
);
create index enrolment_person on enrolment (person_id);

-- A trainer teaches a whole cohort (teaching_day_id null) or single days of it.
create table trainer_assignment (
    id              bigint not null primary key,
    cohort_id       bigint not null references cohort (id),
    person_id       bigint not null references person (id),
    teaching_day_id bigint references teaching_day (id),
    version         integer not null
);
create unique index trainer_assignment_unique on trainer_assignment (cohort_id, person_id, teaching_day_id);
create index trainer_assignment_person on trainer_assignment (person_id);

-- One row per enrolment and teaching day; the version column makes concurrent marks fail loudly, never overwrite.
create table attendance (
    id              bigint       not null primary key,
    enrolment_id    bigint       not null references enrolment (id),
    teaching_day_id bigint       not null references teaching_day (id),
    status          varchar(20)  not null,
    note            varchar(500),
    recorded_by_id  bigint       not null references person (id),
    recorded_at     timestamp with time zone not null,
    version         integer      not null,
    constraint attendance_once_per_day unique (enrolment_id, teaching_day_id),
    constraint attendance_status_known check (status in ('PRESENT', 'LATE', 'LEFT_EARLY', 'EXCUSED', 'ABSENT'))
);
create index attendance_teaching_day on attendance (teaching_day_id);
