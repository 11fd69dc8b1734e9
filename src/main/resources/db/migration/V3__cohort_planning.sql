-- Cohort planning: the programme's age rule, cancelled cohorts, the waiting list.

-- Peer mentors were 18-50 in the seed project; each programme sets its own range.
alter table programme add column mentor_min_age integer default 18 not null;
alter table programme add column mentor_max_age integer default 50 not null;
alter table programme add constraint programme_age_range check (mentor_min_age >= 0 and mentor_max_age >= mentor_min_age);

alter table cohort add column cancelled_at timestamp with time zone;
alter table cohort add column cancellation_reason varchar(500);

alter table enrolment drop constraint enrolment_status_known;
alter table enrolment add constraint enrolment_status_known
    check (status in ('APPLIED', 'WAITING', 'ENROLLED', 'WITHDRAWN', 'COMPLETED'));
-- Why a coordinator enrolled someone outside the programme's age range (also in the audit log).
alter table enrolment add column age_override_reason varchar(500);
-- A trainee moved from another cohort: the attendance stays with the earlier enrolment, and this
-- link lets progress count the units attended there.
alter table enrolment add column moved_from_enrolment_id bigint references enrolment (id);
