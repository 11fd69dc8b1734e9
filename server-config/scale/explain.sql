-- The plans of the statements behind the pages that were slow at scale, as EclipseLink sends them
-- (taken from pg_stat_statements), with today's values: before and after the changes in
-- docs/performance.md ("Scale"). Run by scale-bench.sh against the generated database.
\pset pager off

\echo '--- dashboard, before: every cohort with its teaching days'
explain (analyze, buffers)
select distinct t1.id, t1.cancellation_reason, t1.cancelled_at, t1.capacity, t1.name, t1.place, t1.version,
       t1.programme_id, t0.id, t0.day_date, t0.ends_at, t0.place, t0.sequence, t0.starts_at, t0.unit_id, t0.version,
       t0.cohort_id
from cohort t1 left outer join teaching_day t0 on (t0.cohort_id = t1.id);

\echo '--- dashboard, after: cohorts with a teaching day in the last year or ahead'
explain (analyze, buffers)
select distinct t1.id, t1.cancellation_reason, t1.cancelled_at, t1.capacity, t1.name, t1.place, t1.version,
       t1.programme_id, t0.id, t0.day_date, t0.ends_at, t0.place, t0.sequence, t0.starts_at, t0.unit_id, t0.version,
       t0.cohort_id
from cohort t1 left outer join teaching_day t0 on (t0.cohort_id = t1.id)
where t1.id in (select t2.cohort_id from teaching_day t2 where t2.day_date >= current_date - interval '1 year');

\echo '--- matching register, first try: the first 100 of the eligible pool by name, case-blind'
explain (analyze, buffers)
select e.*, p.* from mentor_pool e join person p on p.id = e.person_id
where e.eligible_since is not null order by lower(p.given_name), lower(p.family_name), e.public_id limit 100;

\echo '--- matching register, after: the first 100 by name as stored (index person_name, V13)'
explain (analyze, buffers)
select e.*, p.* from mentor_pool e join person p on p.id = e.person_id
where e.eligible_since is not null order by p.given_name, p.family_name, p.id limit 100;

\echo '--- attendance matrix: a cohort''s marks'
explain (analyze, buffers)
select a.* from attendance a join teaching_day d on d.id = a.teaching_day_id
where d.cohort_id = (select max(cohort_id) from teaching_day where sequence = 6 and day_date < current_date);

\echo '--- verify page: a certificate by its code'
explain (analyze, buffers)
select * from certificate where verification_code = (select verification_code from certificate where id = 9030000);
