package dk.peermentor.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * the trainees at risk of not being certified, and the next teaching day; and every teaching day for
 * the calendar. Three queries whatever the number of cohorts and trainees.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CohortDashboard {

    /** Until the certification rule exists: missing this many held days puts a trainee at risk. */
    static final int MISSED_DAYS_AT_RISK = 2;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public Overview overview() {
        currentUser.require(Role.COORDINATOR);
        LocalDate today = LocalDate.now(clock);
        List<Cohort> cohorts = em.createQuery("select distinct c from Cohort c left join fetch c.teachingDays",
                Cohort.class).getResultList();
        List<Cohort> running = cohorts.stream().filter(c -> c.status(today) == CohortStatus.RUNNING)
                .sorted(Comparator.comparing(Cohort::name)).toList();

        Map<Long, long[]> marks = new HashMap<>();
        Map<Long, List<long[]>> attendedPerTrainee = new HashMap<>();
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
            em.createQuery("""
                    select e.cohort.id, e.id, count(a) from Enrolment e
                    left join Attendance a on a.enrolment = e and a.status in :attended
                    where e.cohort.id in :ids and e.status = :enrolled group by e.cohort.id, e.id
                    """, Object[].class).setParameter("ids", ids).setParameter("attended", AttendanceStatus.attended())
                    .setParameter("enrolled", EnrolmentStatus.ENROLLED).getResultStream()
                    .forEach(row -> attendedPerTrainee.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                            .add(new long[] {(Long) row[1], (Long) row[2]}));
        }
        List<RunningCohort> rows = running.stream().map(cohort -> {
            int held = cohort.teachingDaysHeld(today);
            long[] counts = marks.getOrDefault(cohort.id(), new long[2]);
            List<long[]> trainees = attendedPerTrainee.getOrDefault(cohort.id(), List.of());
            long atRisk = trainees.stream().filter(t -> held - t[1] >= MISSED_DAYS_AT_RISK).count();
            return new RunningCohort(cohort.id(), cohort.name(), held, Cohort.TEACHING_DAYS,
                    counts[1] == 0 ? null : Math.round(100.0 * counts[0] / counts[1]), trainees.size(), atRisk,
                    cohort.nextTeachingDay(today).map(TeachingDay::date).orElse(null));
        }).toList();
        List<CalendarDay> days = cohorts.stream()
                .filter(c -> c.status(today) != CohortStatus.CANCELLED)
                .flatMap(c -> c.teachingDays().stream()
                        .map(d -> new CalendarDay(c.id(), c.name(), d.sequence(), d.date(), d.startsAt(), d.endsAt())))
                .toList();
        return new Overview(rows, days);
    }

    /** What the dashboard shows. */
    public record Overview(List<RunningCohort> running, List<CalendarDay> teachingDays) {
    }

    /** One running cohort: attendance rate in whole percent (null before any mark). */
    public record RunningCohort(long id, String name, int daysHeld, int days, Long attendanceRate, long trainees,
            long atRisk, LocalDate nextTeachingDay) {
    }

    /** One teaching day for the calendar view. */
    public record CalendarDay(long cohortId, String cohortName, int sequence, LocalDate date,
            LocalTime startsAt, LocalTime endsAt) {
    }
}
