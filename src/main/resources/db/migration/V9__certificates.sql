-- Certification: the programme's attendance rule, the certificates issued, and one counter per year
-- that hands out their serial numbers without gaps. A revoked certificate stays, with who and why.
-- "year" is a reserved word in H2, hence issue_year.

alter table programme add column days_required integer default 5 not null;
alter table programme add column make_ups_required boolean default true not null;
alter table programme add constraint programme_days_required check (days_required between 1 and 6);

create sequence certificate_seq start with 50 increment by 50;

-- Locked (select ... for update) by the issuing transaction: numbers of a failed batch roll back with it.
create table certificate_counter (
    issue_year  integer not null primary key,
    last_serial integer not null
);

create table certificate (
    id                bigint       not null primary key,
    enrolment_id      bigint       not null references enrolment (id),
    number            varchar(20)  not null,
    issue_year        integer      not null,
    serial            integer      not null,
    verification_code varchar(20)  not null,
    issued_on         date         not null,
    issued_by         bigint       not null references person (id),
    language          varchar(2)   not null,
    revoked_at        timestamp with time zone,
    revoked_by        bigint references person (id),
    revocation_reason varchar(500),
    version           integer      not null,
    constraint certificate_once unique (enrolment_id),
    constraint certificate_number_unique unique (number),
    constraint certificate_serial_unique unique (issue_year, serial),
    constraint certificate_code_unique unique (verification_code),
    constraint certificate_revocation check (revoked_at is null or revocation_reason is not null)
);
