package dk.peermentor.attendance;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.peermentor.cohort.Cohort;
import dk.peermentor.cohort.CohortStatus;
import dk.peermentor.cohort.EnrolmentStatus;
import dk.peermentor.cohort.TeachingDay;
import dk.peermentor.identity.CurrentUser;
import dk.peermentor.identity.Role;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The coordinator's dashboard: for each running cohort the teaching days held, the attendance rate,
 * the trainees at risk of not being certified, and the next teaching day; and the teaching days of
 * the weeks the calendar shows. Four queries for the table whatever the number of cohorts and
 * trainees, one for the calendar; at risk means what it means on the attendance sheet
 * ({@link AttendanceSheet#atRisk()}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CohortDashboard {

    /** A running cohort has a teaching day within this time back (its six days span six months). */
    static final Period RUNNING_WITHIN = Period.ofYears(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public Overview overview() {
        currentUser.require(Role.COORDINATOR);
        LocalDate today = LocalDate.now(clock);
        // Only cohorts with a teaching day in the last year or ahead can be running: ten years of a
        // national programme (12,000 days) otherwise made each visit load every cohort ever held
        // (docs/performance.md, "Scale").
        List<Cohort> cohorts = em.createQuery("""
                select distinct c from Cohort c left join fetch c.teachingDays
                where c.id in (select d.cohort.id from TeachingDay d where d.date >= :since)
                """, Cohort.class).setParameter("since", today.minus(RUNNING_WITHIN)).getResultList();
        List<Cohort> running = cohorts.stream().filter(c -> c.status(today) == CohortStatus.RUNNING)
                .sorted(Comparator.comparing(Cohort::name)).toList();

        Map<Long, long[]> marks = new HashMap<>();
        Map<Long, Trainee> trainees = new HashMap<>();
        Map<Long, Set<Trainee>> perCohort = new HashMap<>();
        if (!running.isEmpty()) {
            List<Long> ids = running.stream().map(Cohort::id).toList();
            em.createQuery("""
                    select d.cohort.id, a.status, count(a) from Attendance a join a.teachingDay d
                    where d.cohort.id in :ids group by d.cohort.id, a.status
                    """, Object[].class).setParameter("ids", ids).getResultStream()
                    .forEach(row -> {
                        long[] counts = marks.computeIfAbsent((Long) row[0], id -> new long[2]);
                        long count = (Long) row[2];
                        counts[1] += count;
                        if (((AttendanceStatus) row[1]).countsAsAttended()) {
                            counts[0] += count;
                        }
                    });
            // Per trainee and mark: how many before today and how many today. The status decides what
            // counts as attended, here in Java as everywhere else, not in the query.
            em.createQuery("""
                    select e.cohort.id, e.id, a.status, sum(case when d.date < :today then 1 else 0 end),
                        sum(case when d.date = :today then 1 else 0 end)
                    from Enrolment e left join Attendance a on a.enrolment = e left join a.teachingDay d
                    where e.cohort.id in :ids and e.status = :enrolled group by e.cohort.id, e.id, a.status
                    """, Object[].class).setParameter("ids", ids).setParameter("today", today)
                    .setParameter("enrolled", EnrolmentStatus.ENROLLED).getResultStream()
                    .forEach(row -> {
                        Trainee trainee = trainees.computeIfAbsent((Long) row[1], id -> new Trainee());
                        perCohort.computeIfAbsent((Long) row[0], id -> new LinkedHashSet<>()).add(trainee);
                        AttendanceStatus status = (AttendanceStatus) row[2];
                        if (status != null && status.countsAsAttended()) {
                            trainee.attendedBeforeToday += count(row[3]);
                        } else if (status != null) {
                            trainee.missedToday += count(row[4]);
                        }
                    });
            em.createQuery("""
                    select m.enrolment.id, count(m) from MakeUp m
                    where m.enrolment.cohort.id in :ids group by m.enrolment.id
                    """, Object[].class).setParameter("ids", ids).getResultStream()
                    .forEach(row -> trainees.get((Long) row[0]).madeUp = (Long) row[1]);
        }
        List<RunningCohort> rows = running.stream().map(cohort -> {
            long heldBeforeToday = cohort.teachingDays().stream().filter(d -> d.date().isBefore(today)).count();
            long[] counts = marks.getOrDefault(cohort.id(), new long[2]);
            Set<Trainee> enrolled = perCohort.getOrDefault(cohort.id(), Set.of());
            AttendanceRule rule = AttendanceRule.of(cohort.programme());
            long atRisk = enrolled.stream().filter(t -> {
                int missed = (int) (heldBeforeToday - t.attendedBeforeToday + t.missedToday);
                int notMadeUp = (int) Math.max(0, missed - t.madeUp);
                return !rule.risksOf(missed, notMadeUp).isEmpty();
            }).count();
            return new RunningCohort(cohort.id(), cohort.name(), cohort.teachingDaysHeld(today), Cohort.TEACHING_DAYS,
                    counts[1] == 0 ? null : Math.round(100.0 * counts[0] / counts[1]), enrolled.size(), atRisk,
                    cohort.nextTeachingDay(today).map(TeachingDay::date).orElse(null));
        }).toList();
        return new Overview(rows);
    }

    /** The teaching days of cohorts not cancelled from {@code from} up to, not including, {@code until}. */
    public List<CalendarDay> calendar(LocalDate from, LocalDate until) {
        currentUser.require(Role.COORDINATOR);
        return em.createQuery("""
                select c.id, c.name, d.sequence, d.date, d.startsAt, d.endsAt
                from TeachingDay d join d.cohort c
                where d.date >= :from and d.date < :until and c.cancelledAt is null
                order by d.date, d.startsAt, c.name
                """, Object[].class).setParameter("from", from).setParameter("until", until).getResultStream()
                .map(row -> new CalendarDay((Long) row[0], (String) row[1], (Integer) row[2], (LocalDate) row[3],
                        (LocalTime) row[4], (LocalTime) row[5]))
                .toList();
    }

    /** What the dashboard's table shows. */
    public record Overview(List<RunningCohort> running) implements Serializable {
    }

    /** One running cohort: attendance rate in whole percent (null before any mark). */
    public record RunningCohort(long id, String name, int daysHeld, int days, Long attendanceRate, long trainees,
            long atRisk, LocalDate nextTeachingDay) implements Serializable {
    }

    /** One teaching day for the calendar view. */
    public record CalendarDay(long cohortId, String cohortName, int sequence, LocalDate date,
            LocalTime startsAt, LocalTime endsAt) implements Serializable {
    }

    /** One enrolled trainee's counts for the at-risk rule. */
    private static final class Trainee {
        long attendedBeforeToday;
        long missedToday;
        long madeUp;
    }

    /** A SUM over no rows is null. */
    private static long count(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }
}
