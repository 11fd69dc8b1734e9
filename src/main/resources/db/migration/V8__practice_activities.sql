-- The handout a certified peer supporter is given: the activity schedule and the lead person
-- (tovholder) of each activity, kept by coordinators. The contact is the lead person's staff phone
-- or e-mail, never a trainee's. Position orders the list as the coordinator arranged it.
create sequence practice_activity_seq start with 50 increment by 50;

create table practice_activity (
    id            bigint                   not null primary key,
    programme_id  bigint                   not null references programme (id),
    activity      varchar(120)             not null,
    schedule      varchar(200)             not null,
    place         varchar(200),
    lead_person   varchar(120)             not null,
    contact       varchar(200),
    position      integer                  not null,
    version       integer                  not null,
    updated_at    timestamp with time zone not null
);
create index practice_activity_programme on practice_activity (programme_id, position);
