-- Fills a migrated PostgreSQL database with ten years of a fictional national programme, for the
-- scale benchmark (server-config/scale/scale-bench.sh). Deterministic: every value is arithmetic on
-- the row's number, no random(), so two runs on the same day give the same rows. Ids start at
-- 1,000,000 so they never meet the ids the application allocates (sequences are moved past them at
-- the end). Needs the demo data first: the accounts take the demo password's hash.
--
--   2,000 cohorts (one every 1.8 days since 10 years ago), 6 teaching days each: 12,000 days
--   1,000 trainers (two cohorts a year each), 50,000 trainees, 25 per cohort; all with accounts
--   an attendance row per trainee and held day: about 300,000
--   make-ups for half the missed days, 40,000 certificates, consent for every second graduate,
--   the eligible pool with its events, a matching profile for every fourth in the pool.
\set ON_ERROR_STOP on
\timing on
begin;

create temporary table scale_names (i int primary key, given text, family text);
insert into scale_names
select i, (array['Astrid','Bo','Camilla','Dorthe','Emil','Frida','Gustav','Hanne','Ida','Jonas','Karen','Lasse',
                 'Maja','Nikolaj','Oskar','Pernille','Rasmus','Signe','Tobias','Ulla','Viktor','Zainab','Mikkel','Søren'])[i % 24 + 1],
          (array['Skovgaard','Lindholm','Bækgaard','Østergård','Fjeldsø','Kragh','Holmgaard','Møllebro','Vestergaard',
                 'Ravnsbæk','Engholm','Ådal','Nowak','Haddad','Kowalczyk','Yilmaz','Brink','Lykke','Sandø','Hvid',
                 'Bjerre','Æbelø','Dalsgaard','Thorsø'])[(i / 24) % 24 + 1]
from generate_series(0, 575) i;

insert into programme (id, name, version)
values (1000000, 'Det nationale peer-mentorprogram (skalatest)', 0);

-- Cohort c (1..2000) starts 3650 - 1.8 c days before today: the last ones are running or planned.
create temporary table scale_cohort as
select c, 1000000 + c as id, current_date - 3650 + (c * 18) / 10 as starts_on,
       (array['Aabyby','Birkby','Dalby','Egeby','Fjordby','Granby','Havby','Lyngby','Mosby','Nørreby'])[c % 10 + 1] as town
from generate_series(1, 2000) c;

insert into cohort (id, programme_id, name, place, capacity, version)
select id, 1000000, 'Hold ' || lpad(c::text, 4, '0') || ' ' || town, town || ' Medborgerhus', 30, 0 from scale_cohort;

-- Six teaching days four weeks apart.
insert into teaching_day (id, cohort_id, sequence, day_date, starts_at, ends_at, place, unit_id, version)
select 2000000 + c * 10 + k, id, k, starts_on + (k - 1) * 28, time '09:30', time '15:00', town || ' Medborgerhus',
       (array['recovery','active-listening','crisis-handling','decentred-sharing','boundaries-and-trust',
              'peer-support-in-practice'])[k], 0
from scale_cohort, generate_series(1, 6) k;

-- People: trainers 3,000,000 + t (t < 1000), trainees 3,100,000 + n (n < 50,000).
insert into person (id, given_name, family_name, email, phone, date_of_birth, preferred_language, version)
select 3000000 + t, s.given, s.family, 'skala.underviser.' || lpad(t::text, 4, '0') || '@example.org',
       '+45 00 ' || lpad(t::text, 6, '0'), date '1965-01-01' + (t * 37) % 9000, 'da', 0
from generate_series(0, 999) t join scale_names s on s.i = (t * 7) % 576;
insert into person (id, given_name, family_name, email, phone, date_of_birth, preferred_language, version)
select 3100000 + n, s.given, s.family, 'skala.kursist.' || lpad(n::text, 5, '0') || '@example.org',
       null, date '1958-01-01' + (n * 7919) % 16000, case when n % 9 = 0 then 'en' else 'da' end, 0
from generate_series(0, 49999) n join scale_names s on s.i = (n * 13) % 576;

insert into account (id, person_id, password_hash, active, created_at, version)
select p.id + 1000000, p.id, (select a.password_hash from account a join person q on q.id = a.person_id
                              where q.email = 'coordinator@demo.example'),
       true, timestamptz '2016-01-01 00:00+00', 0
from person p where p.id >= 3000000;
insert into account_role (account_id, role)
select id, case when person_id < 3100000 then 'TRAINER' else 'TRAINEE' end from account where id >= 4000000;

-- Cohort c is taught by trainer c % 1000 (every trainer has two cohorts in the ten years).
insert into trainer_assignment (id, cohort_id, person_id, teaching_day_id, version)
select 5000000 + c, id, 3000000 + c % 1000, null, 0 from scale_cohort;

-- Trainee n is in cohort n / 25 + 1.
insert into enrolment (id, cohort_id, person_id, status, applied_on, version)
select 6000000 + n, 1000000 + n / 25 + 1, 3100000 + n, 'ENROLLED', sc.starts_on - 30, 0
from generate_series(0, 49999) n join scale_cohort sc on sc.c = n / 25 + 1;

-- Every held day marked: 80 % present, 7 % late, 3 % left early, 5 % excused, 5 % absent.
insert into attendance (id, enrolment_id, teaching_day_id, status, note, recorded_by_id, recorded_at, version)
select 7000000 + (e.id - 6000000) * 10 + d.sequence, e.id, d.id,
       case when h < 80 then 'PRESENT' when h < 87 then 'LATE' when h < 90 then 'LEFT_EARLY'
            when h < 95 then 'EXCUSED' else 'ABSENT' end,
       null, 3000000 + (e.cohort_id - 1000000) % 1000, d.day_date + time '15:00', 0
from enrolment e join teaching_day d on d.cohort_id = e.cohort_id
cross join lateral (select ((e.id * 31 + d.sequence * 17) % 100)::int as h) x
where e.id >= 6000000 and d.day_date < current_date;

-- Half the missed days made up in a conversation a week later.
insert into make_up (id, enrolment_id, missed_day_id, kind, host_day_id, held_on, note, recorded_by_id, recorded_at)
select 8000000 + a.id - 7000000, a.enrolment_id, a.teaching_day_id, 'CONVERSATION', null, d.day_date + 7,
       'Gennemgik dagens emne ved en samtale.', a.recorded_by_id, d.day_date + 7 + time '12:00'
from attendance a join teaching_day d on d.id = a.teaching_day_id
where a.id >= 7000000 and a.status in ('EXCUSED', 'ABSENT') and a.id % 2 = 0 and d.day_date + 7 < current_date;

-- 40,000 certificates: the first 40,000 trainees (in cohort order) whose cohort has finished and
-- who are not among every sixth; numbered per year of the last teaching day, without gaps, after
-- the demo's own.
create temporary table scale_certificate as
select e.id as enrolment_id, e.person_id, last_day.day_date as issued_on, extract(year from last_day.day_date)::int as issue_year,
       row_number() over (order by e.id) as k
from enrolment e join teaching_day last_day on last_day.cohort_id = e.cohort_id and last_day.sequence = 6
where e.id >= 6000000 and last_day.day_date < current_date and (e.id % 6) <> 0
order by e.id limit 40000;
insert into certificate (id, enrolment_id, number, issue_year, serial, verification_code, issued_on, issued_by,
                         language, revoked_at, revoked_by, revocation_reason, version)
select 9000000 + k, enrolment_id, issue_year || '-' || lpad(serial::text, 4, '0'), issue_year, serial,
       -- 12 characters of Crockford's alphabet, distinct per k (k in base 32, then a fixed tail).
       (select string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', ((k * 2654435761 / (32 ^ i)::bigint) % 32)::int + 1, 1), '' order by i)
        from generate_series(0, 6) i) || 'SKVXZ',
       issued_on, (select person_id from account a join person q on q.id = a.person_id where q.email = 'coordinator@demo.example'),
       'da', null, null, null, 0
from (select c.*, coalesce((select last_serial from certificate_counter n where n.issue_year = c.issue_year), 0)
             + row_number() over (partition by c.issue_year order by c.k) as serial
      from scale_certificate c) numbered;
insert into certificate_counter (issue_year, last_serial)
select issue_year, max(serial) from certificate where id >= 9000000 group by issue_year
on conflict (issue_year) do update set last_serial = excluded.last_serial;

-- Every second graduate consents to matching; those of mentor age (18-50) enter the eligible pool.
insert into matching_consent (id, person_id, text_version, given_at, withdrawn_at)
select 10000000 + k, person_id, '2025-1', issued_on + time '10:00', null from scale_certificate where k % 2 = 0;
insert into mentor_pool (id, person_id, public_id, eligible, eligible_since, shown_digest, updated_at,
                         match_state, match_reported_at, match_reported_by)
select 11000000 + k, person_id, md5('scale-mentor-' || k), eligible,
       -- Set exactly while eligible, as the application keeps it (MentorPool reads it so).
       case when eligible then issued_on + time '10:00' end, md5('digest-' || k), issued_on + time '10:00', null, null, null
from (select s.*, age(current_date, p.date_of_birth) between interval '18 years' and interval '51 years' - interval '1 day' as eligible
      from scale_certificate s join person p on p.id = s.person_id where s.k % 2 = 0) graduates;
insert into matching_profile (id, person_id, languages, interests, activity_kinds, frequency, days, area, age_band,
                              gender, about, share_first_name, share_email, share_phone, updated_at, version)
select 12000000 + k, person_id, 'Dansk', 'Gåture,Madlavning', null, 'WEEKLY', 'TUESDAY', 'Fjordby', null, null, null,
       true, k % 8 = 0, false, issued_on + time '10:05', 0
from scale_certificate where k % 4 = 0;

-- The feed: one BECAME_ELIGIBLE per eligible entry, and an UPDATED for every profile of one.
insert into eligibility_event (position, mentor_id, change, occurred_at)
select 1000000 + row_number() over (order by at, mentor_id), mentor_id, change, at from (
    select public_id as mentor_id, 'BECAME_ELIGIBLE' as change, eligible_since as at from mentor_pool
    where id >= 11000000 and eligible
    union all
    select m.public_id, 'UPDATED', m.eligible_since + interval '5 minutes' from mentor_pool m
    join matching_profile f on f.person_id = m.person_id where m.id >= 11000000 and m.eligible) events;
update eligibility_counter set last_position = (select max(position) from eligibility_event) where id = 1;

-- Move every sequence past the generated ids (allocation size 50).
select setval('programme_seq', 1000050), setval('cohort_seq', 1003000), setval('teaching_day_seq', 2100000),
       setval('person_seq', 3200000), setval('enrolment_seq', 6100000), setval('trainer_assignment_seq', 5100000),
       setval('attendance_seq', 7600000), setval('account_seq', 4200000), setval('make_up_seq', 8600000),
       setval('certificate_seq', 9100000), setval('matching_consent_seq', 10100000),
       setval('mentor_pool_seq', 11100000), setval('matching_profile_seq', 12100000);
commit;
analyze;

select 'cohorts' as what, count(*) from cohort union all select 'teaching days', count(*) from teaching_day
union all select 'people', count(*) from person union all select 'accounts', count(*) from account
union all select 'enrolments', count(*) from enrolment union all select 'attendance', count(*) from attendance
union all select 'make-ups', count(*) from make_up union all select 'certificates', count(*) from certificate
union all select 'consents', count(*) from matching_consent union all select 'pool (eligible)', count(*) filter (where eligible) from mentor_pool
union all select 'eligibility events', count(*) from eligibility_event;
