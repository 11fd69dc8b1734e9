package dk.peermentor.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.peermentor.audit.AuditAction;
import dk.peermentor.audit.AuditLog;
import dk.peermentor.cohort.Cohort;
import dk.peermentor.cohort.CohortAccess;
import dk.peermentor.cohort.CohortStatus;
import dk.peermentor.cohort.Enrolment;
import dk.peermentor.cohort.EnrolmentStatus;
import dk.peermentor.cohort.TeachingDay;
import dk.peermentor.identity.Account;
import dk.peermentor.identity.Role;
import dk.peermentor.platform.AccessDenied;
import dk.peermentor.platform.NotFound;
import dk.peermentor.platform.RuleViolation;
import dk.peermentor.platform.Text;
import dk.peermentor.platform.Time;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * Reads and records attendance. Only a coordinator or a trainer assigned to the cohort gets past the
 * first line of each method; every change lands in the audit log with the old and the new value.
 */
@ApplicationScoped
@Transactional
public class AttendanceService {

    static final String RECORD = "Attendance";
    /** The roll-call marks by outcome (recorded, changed, conflict, refused, failed), on /metrics. */
    public static final String MARKS_METRIC = "peermentor_attendance_marks";

    @PersistenceContext
    EntityManager em;

    @Inject
    MetricRegistry metrics;

    @Inject
    CohortAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * The attendance of one cohort with its make-ups, trainees by name (withdrawn ones too, with
     * what was recorded before they left); four queries whatever the size.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AttendanceSheet sheetOf(long cohortId) {
        Cohort cohort = cohort(cohortId);
        access.requireTrainerOf(cohort);
        LocalDate today = LocalDate.now(clock);
        List<Enrolment> enrolments = em.createQuery("""
                select e from Enrolment e join fetch e.person p
                where e.cohort = :cohort and e.status in :onTheSheet order by p.givenName, p.familyName
                """, Enrolment.class).setParameter("cohort", cohort)
                .setParameter("onTheSheet", List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED,
                        EnrolmentStatus.WITHDRAWN))
                .getResultList();
        Map<Long, Map<Integer, AttendanceStatus>> marks = new HashMap<>();
        em.createQuery("select a from Attendance a where a.teachingDay.cohort = :cohort", Attendance.class)
                .setParameter("cohort", cohort).getResultStream()
                .forEach(a -> marks.computeIfAbsent(a.enrolment().id(), id -> new LinkedHashMap<>())
                        .put(a.teachingDay().sequence(), a.status()));
        Map<Long, Map<Integer, AttendanceSheet.MadeUp>> makeUps = new HashMap<>();
        em.createQuery("""
                select m from MakeUp m join fetch m.missedDay left join fetch m.hostDay h left join fetch h.cohort
                where m.enrolment.cohort = :cohort
                """, MakeUp.class).setParameter("cohort", cohort).getResultStream()
                .forEach(m -> makeUps.computeIfAbsent(m.enrolment().id(), id -> new HashMap<>())
                        .put(m.missedDay().sequence(), new AttendanceSheet.MadeUp(m.id(), m.kind(), m.heldOn(),
                                m.hostDay() == null ? null : m.hostDay().cohort().name(), m.note())));
        List<AttendanceSheet.Row> rows = enrolments.stream()
                .map(e -> new AttendanceSheet.Row(e.id(), e.person().fullName(), e.takesPart(),
                        marks.getOrDefault(e.id(), Map.of()), makeUps.getOrDefault(e.id(), Map.of())))
                .toList();
        List<TeachingDay> days = cohort.teachingDays().stream()
                .sorted(Comparator.comparingInt(TeachingDay::sequence)).toList();
        List<Integer> held = days.stream().filter(d -> !d.date().isAfter(today)).map(TeachingDay::sequence).toList();
        Integer todays = days.stream().filter(d -> d.date().equals(today)).map(TeachingDay::sequence)
                .findFirst().orElse(null);
        return new AttendanceSheet(cohort.id(), cohort.name(), days, held, todays, AttendanceRule.of(cohort.programme()), rows);
    }

    /** One enrolment's marks by teaching-day sequence: for the trainee themselves or their trainers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Integer, AttendanceStatus> marksOf(long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new NotFound("enrolment " + enrolmentId);
        }
        access.requireParticipantOf(enrolment);
        Map<Integer, AttendanceStatus> marks = new HashMap<>();
        em.createQuery("select a from Attendance a where a.enrolment = :enrolment", Attendance.class)
                .setParameter("enrolment", enrolment).getResultStream()
                .forEach(a -> marks.put(a.teachingDay().sequence(), a.status()));
        return marks;
    }

    /**
     * Where a trainee stands against the attendance rule: for the trainee themselves, their trainers
     * and coordinators. Units attended (or made up) in a cohort the trainee was moved from count.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TraineeProgress progressOf(long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new NotFound("enrolment " + enrolmentId);
        }
        access.requireParticipantOf(enrolment);
        Map<Integer, AttendanceStatus> marks = new HashMap<>();
        em.createQuery("select a from Attendance a join fetch a.teachingDay where a.enrolment = :enrolment",
                Attendance.class).setParameter("enrolment", enrolment).getResultStream()
                .forEach(a -> marks.put(a.teachingDay().sequence(), a.status()));
        Set<Integer> madeUp = new HashSet<>(em.createQuery(
                "select m.missedDay.sequence from MakeUp m where m.enrolment = :enrolment", Integer.class)
                .setParameter("enrolment", enrolment).getResultList());
        return progress(enrolment, marks, madeUp, LocalDate.now(clock));
    }

    /**
     * Where every trainee of a cohort stands (taking part or withdrawn), by enrolment id: for its
     * trainers and coordinators. Three queries for the cohort, plus two per trainee moved from another.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, TraineeProgress> progressOfCohort(long cohortId) {
        Cohort cohort = cohort(cohortId);
        access.requireTrainerOf(cohort);
        List<Enrolment> enrolments = em.createQuery(
                "select e from Enrolment e where e.cohort = :cohort and e.status in :onTheSheet", Enrolment.class)
                .setParameter("cohort", cohort).setParameter("onTheSheet", List.of(EnrolmentStatus.ENROLLED,
                        EnrolmentStatus.COMPLETED, EnrolmentStatus.WITHDRAWN))
                .getResultList();
        Map<Long, Map<Integer, AttendanceStatus>> marks = new HashMap<>();
        em.createQuery("""
                select a.enrolment.id, a.teachingDay.sequence, a.status from Attendance a
                where a.teachingDay.cohort = :cohort
                """, Object[].class).setParameter("cohort", cohort).getResultStream()
                .forEach(row -> marks.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                        .put((Integer) row[1], (AttendanceStatus) row[2]));
        Map<Long, Set<Integer>> madeUp = new HashMap<>();
        em.createQuery("select m.enrolment.id, m.missedDay.sequence from MakeUp m where m.enrolment.cohort = :cohort",
                Object[].class).setParameter("cohort", cohort).getResultStream()
                .forEach(row -> madeUp.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Integer) row[1]));
        LocalDate today = LocalDate.now(clock);
        Map<Long, TraineeProgress> progress = new HashMap<>();
        for (Enrolment enrolment : enrolments) {
            progress.put(enrolment.id(), progress(enrolment, marks.getOrDefault(enrolment.id(), Map.of()),
                    madeUp.getOrDefault(enrolment.id(), Set.of()), today));
        }
        return progress;
    }

    /** One trainee's progress from their marks and make-ups; units of the cohorts they were moved from count. */
    private TraineeProgress progress(Enrolment enrolment, Map<Integer, AttendanceStatus> marks, Set<Integer> madeUp,
            LocalDate today) {
        Set<String> attendedEarlier = new HashSet<>();
        for (Enrolment earlier = enrolment.movedFrom().orElse(null); earlier != null;
                earlier = earlier.movedFrom().orElse(null)) {
            attendedEarlier.addAll(em.createQuery("""
                    select a.teachingDay.unitId from Attendance a where a.enrolment = :earlier and a.status in :attended
                    """, String.class).setParameter("earlier", earlier)
                    .setParameter("attended", AttendanceStatus.attended()).getResultList());
            attendedEarlier.addAll(em.createQuery(
                    "select m.missedDay.unitId from MakeUp m where m.enrolment = :earlier", String.class)
                    .setParameter("earlier", earlier).getResultList());
        }
        List<TraineeProgress.UnitProgress> units = enrolment.cohort().teachingDays().stream()
                .sorted(Comparator.comparingInt(TeachingDay::sequence))
                .map(d -> {
                    AttendanceStatus mark = marks.get(d.sequence());
                    return new TraineeProgress.UnitProgress(d.sequence(), d.unitId(), d.date(),
                            TraineeProgress.isOver(d.date(), today, mark), mark, madeUp.contains(d.sequence()),
                            attendedEarlier.contains(d.unitId()));
                }).toList();
        return new TraineeProgress(enrolment.status(),
                AttendanceRule.of(enrolment.cohort().programme()), units);
    }

    /** A correction's reason goes into the audit log with the mark. */
    static final int REASON_MAX_LENGTH = 500;

    /** The roll call of one teaching day, for its trainers and coordinators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RollCall rollCall(long teachingDayId) {
        TeachingDay day = em.find(TeachingDay.class, teachingDayId);
        if (day == null) {
            throw new NotFound("teaching day " + teachingDayId);
        }
        access.requireTrainerOf(day.cohort());
        Map<Long, Attendance> marks = new HashMap<>();
        // Who recorded each mark is fetched with it: a trainee's own check-in is shown as such.
        em.createQuery("""
                select a from Attendance a join fetch a.recordedBy join fetch a.enrolment where a.teachingDay = :day
                """, Attendance.class).setParameter("day", day).getResultStream().forEach(a -> marks.put(a.enrolment().id(), a));
        List<RollCall.Line> lines = em.createQuery("""
                select e from Enrolment e join fetch e.person p
                where e.cohort = :cohort and e.status in :takingPart order by p.givenName, p.familyName
                """, Enrolment.class).setParameter("cohort", day.cohort())
                .setParameter("takingPart", EnrolmentStatus.TAKING_PART)
                .getResultStream()
                .map(e -> {
                    Attendance mark = marks.get(e.id());
                    boolean ownCheckIn = mark != null && mark.recordedBy().id().equals(e.person().id());
                    return new RollCall.Line(e.id(), e.person().fullName(), mark == null ? null : mark.status(),
                            mark == null ? null : mark.note(), mark == null ? null : mark.version(),
                            ownCheckIn ? LocalTime.ofInstant(mark.recordedAt(), Time.ZONE).withSecond(0).withNano(0) : null);
                }).toList();
        LocalDate today = LocalDate.now(clock);
        return new RollCall(day.id(), day.cohort().id(), day.cohort().name(), day.sequence(), day.date(),
                day.date().isBefore(today), !day.isHeldBy(today), lines);
    }

    /**
     * Marks one trainee on one teaching day. {@code expectedVersion} is the version the trainer saw
     * (null for a first mark); a different one means someone else marked in between, and the trainer
     * is told their value. After the day a change needs a reason; once the cohort is completed only a
     * coordinator may change attendance.
     */
    public Attendance mark(long enrolmentId, long teachingDayId, AttendanceStatus status, String note,
            Integer expectedVersion, String correctionReason) {
        // Counted by outcome for /metrics (docs/monitoring.md). "recorded" and "changed" are counted
        // when the service returns; a commit that fails after that is rare and shows as an error.
        String outcome = "failed";
        try {
            Marked marked = record(enrolmentId, teachingDayId, status, note, expectedVersion, correctionReason);
            outcome = marked.outcome();
            return marked.attendance();
        } catch (MarkConflict e) {
            outcome = "conflict";
            throw e;
        } catch (RuleViolation | AccessDenied e) {
            outcome = "refused";
            throw e;
        } finally {
            metrics.counter(MARKS_METRIC, new Tag("outcome", outcome)).inc();
        }
    }

    /** A saved mark, and whether it was the first ("recorded") or a change ("changed"). */
    private record Marked(Attendance attendance, String outcome) {
    }

    private Marked record(long enrolmentId, long teachingDayId, AttendanceStatus status, String note,
            Integer expectedVersion, String correctionReason) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        TeachingDay day = em.find(TeachingDay.class, teachingDayId);
        if (enrolment == null || day == null) {
            throw new RuleViolation("rule.attendance.unknown");
        }
        Account trainer = access.requireTrainerOf(day.cohort());
        LocalDate today = LocalDate.now(clock);
        if (day.cohort().status(today) == CohortStatus.COMPLETED && !trainer.has(Role.COORDINATOR)) {
            throw new RuleViolation("rule.attendance.completedCohort");
        }
        boolean correction = day.date().isBefore(today);
        if (correction && (correctionReason == null || correctionReason.isBlank())) {
            throw new RuleViolation("rule.attendance.reasonNeeded", day.sequence());
        }
        String reason = correction ? Text.line(correctionReason.strip(), REASON_MAX_LENGTH, "rollCall.correctionReason") : null;
        String audited = status + (correction ? " (correction: " + reason + ")" : "");
        Attendance existing = markOf(em, enrolment, day).orElse(null);
        if (existing == null) {
            Attendance created = Attendance.record(enrolment, day, status, note, trainer.person(), clock.instant());
            em.persist(created);
            try {
                em.flush();
            } catch (PersistenceException markedAtTheSameMoment) {
                // Another trainer's first mark won the unique (enrolment, day) row; theirs is shown.
                throw new MarkConflict();
            }
            audit.record(AuditAction.ATTENDANCE_CHANGED, RECORD, created.id(), null, audited);
            return new Marked(created, "recorded");
        }
        if (expectedVersion == null || existing.version() != expectedVersion) {
            throw new MarkConflict();
        }
        AttendanceStatus before = existing.status();
        existing.mark(status, note, trainer.person(), clock.instant());
        em.flush(); // the new version goes back to the page, which names it in the next change
        audit.record(AuditAction.ATTENDANCE_CHANGED, RECORD, existing.id(), before, audited);
        return new Marked(existing, "changed");
    }

    /** Marks everyone without a mark on this day as present, all in one transaction. Returns how many. */
    public int markUnmarkedPresent(long teachingDayId) {
        TeachingDay day = em.find(TeachingDay.class, teachingDayId);
        if (day == null) {
            throw new NotFound("teaching day " + teachingDayId);
        }
        Account trainer = access.requireTrainerOf(day.cohort());
        if (day.date().isBefore(LocalDate.now(clock))) {
            throw new RuleViolation("rule.attendance.reasonNeeded", day.sequence());
        }
        if (!day.isHeldBy(LocalDate.now(clock))) {
            throw new RuleViolation("rule.attendance.notYet", day.sequence());
        }
        List<Enrolment> unmarked = em.createQuery("""
                select e from Enrolment e where e.cohort = :cohort and e.status in :takingPart
                and not exists (select a from Attendance a where a.enrolment = e and a.teachingDay = :day)
                """, Enrolment.class).setParameter("cohort", day.cohort()).setParameter("day", day)
                .setParameter("takingPart", EnrolmentStatus.TAKING_PART)
                .getResultList();
        for (Enrolment enrolment : unmarked) {
            Attendance created = Attendance.record(enrolment, day, AttendanceStatus.PRESENT, null, trainer.person(),
                    clock.instant());
            em.persist(created);
        }
        try {
            em.flush();
        } catch (PersistenceException markedAtTheSameMoment) {
            throw new MarkConflict();
        }
        if (!unmarked.isEmpty()) {
            em.createQuery("select a from Attendance a where a.teachingDay = :day and a.enrolment in :marked",
                    Attendance.class).setParameter("day", day).setParameter("marked", unmarked)
                    .getResultStream().forEach(a -> audit.record(AuditAction.ATTENDANCE_CHANGED, RECORD, a.id(), null,
                            AttendanceStatus.PRESENT));
        }
        return unmarked.size();
    }

    /** The mark of one trainee on one teaching day, if there is one (at most one: a unique row). */
    static Optional<Attendance> markOf(EntityManager em, Enrolment enrolment, TeachingDay day) {
        return em.createQuery(
                "select a from Attendance a where a.enrolment = :enrolment and a.teachingDay = :day", Attendance.class)
                .setParameter("enrolment", enrolment).setParameter("day", day).getResultStream().findFirst();
    }

    private Cohort cohort(long cohortId) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null) {
            throw new NotFound("cohort " + cohortId);
        }
        return cohort;
    }
}
