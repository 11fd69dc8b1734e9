-- The trainee's own course materials: when a programme releases each unit to its trainees, which
-- units a trainee has marked as read, and their private reflection notes. Reading marks and notes
-- belong to the person, not the enrolment, so a trainee moved to another cohort keeps them.

-- 'AT_ENROLMENT': every unit from enrolment; 'BEFORE_DAY': each unit from n days before its day.
alter table programme add column materials_release varchar(20) default 'BEFORE_DAY' not null;
alter table programme add column release_days_before integer default 14 not null;
alter table programme add constraint programme_release_known
    check (materials_release in ('AT_ENROLMENT', 'BEFORE_DAY'));
alter table programme add constraint programme_release_days check (release_days_before between 0 and 180);

create sequence unit_reading_seq start with 50 increment by 50;
create sequence reflection_note_seq start with 50 increment by 50;

create table unit_reading (
    id        bigint       not null primary key,
    person_id bigint       not null references person (id),
    unit_id   varchar(100) not null,
    read_at   timestamp with time zone not null,
    constraint unit_reading_once unique (person_id, unit_id)
);

create table reflection_note (
    id         bigint        not null primary key,
    person_id  bigint        not null references person (id),
    unit_id    varchar(100)  not null,
    body       varchar(4000) not null,
    updated_at timestamp with time zone not null,
    version    integer       not null,
    constraint reflection_note_once unique (person_id, unit_id)
);
