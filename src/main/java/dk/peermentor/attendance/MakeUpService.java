package dk.peermentor.attendance;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
import dk.peermentor.platform.NotFound;
import dk.peermentor.platform.RuleViolation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * Make-ups for missed teaching days. A guest is recorded by a trainer of the cohort the trainee
 * visits, on that day's roll call; a catch-up conversation by a trainer of the trainee's own
 * cohort. Both are audited; a missed day is made up once (the database holds that line).
 */
@ApplicationScoped
@Transactional
public class MakeUpService {

    static final String RECORD = "MakeUp";


    @PersistenceContext
    EntityManager em;

    @Inject
    CohortAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The trainees of other cohorts who make up this day's unit here. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Guest> guestsOn(long hostDayId) {
        TeachingDay day = teachingDay(hostDayId);
        access.requireTrainerOf(day.cohort());
        return em.createQuery("""
                select m from MakeUp m join fetch m.enrolment e join fetch e.person p join fetch e.cohort
                where m.hostDay = :day order by p.givenName, p.familyName
                """, MakeUp.class).setParameter("day", day).getResultStream()
                .map(m -> new Guest(m.id(), m.enrolment().person().fullName(), m.enrolment().cohort().name(),
                        m.missedDay().sequence()))
                .toList();
    }

    /**
     * Who can join this day as a guest: trainees of the programme's other cohorts who missed the
     * same unit, on a day already held, and have not made it up.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GuestCandidate> guestCandidates(long hostDayId) {
        TeachingDay day = teachingDay(hostDayId);
        access.requireTrainerOf(day.cohort());
        return em.createQuery("""
                select e, missed from Enrolment e join e.person p, TeachingDay missed
                where missed.cohort = e.cohort and missed.unitId = :unit and missed.cohort <> :cohort
                and e.cohort.programme = :programme and e.status in :takingPart and missed.date <= :today
                and not exists (select a from Attendance a
                                where a.enrolment = e and a.teachingDay = missed and a.status in :attended)
                and not exists (select m from MakeUp m where m.enrolment = e and m.missedDay = missed)
                order by p.givenName, p.familyName
                """, Object[].class)
                .setParameter("unit", day.unitId()).setParameter("cohort", day.cohort())
                .setParameter("programme", day.cohort().programme()).setParameter("takingPart", EnrolmentStatus.TAKING_PART)
                .setParameter("today", LocalDate.now(clock)).setParameter("attended", AttendanceStatus.attended())
                .getResultStream()
                .map(row -> {
                    Enrolment enrolment = (Enrolment) row[0];
                    TeachingDay missed = (TeachingDay) row[1];
                    return new GuestCandidate(enrolment.id(), enrolment.person().fullName(),
                            enrolment.cohort().name(), missed.date());
                }).toList();
    }

    /** A trainer of the host day's cohort records a trainee of another cohort as a guest. */
    public MakeUp recordGuest(long hostDayId, long enrolmentId) {
        TeachingDay host = teachingDay(hostDayId);
        Account trainer = access.requireTrainerOf(host.cohort());
        LocalDate today = LocalDate.now(clock);
        if (host.cohort().status(today) == CohortStatus.COMPLETED && !trainer.has(Role.COORDINATOR)) {
            throw new RuleViolation("rule.attendance.completedCohort");
        }
        Enrolment enrolment = enrolment(enrolmentId);
        TeachingDay missed = enrolment.cohort().teachingDays().stream()
                .filter(d -> d.unitId().equals(host.unitId())).findFirst()
                .orElseThrow(() -> new RuleViolation("rule.makeUp.otherUnit", host.sequence(), "–"));
        Attendance mark = AttendanceService.markOf(em, enrolment, missed).orElse(null);
        MakeUp makeUp = MakeUp.asGuest(enrolment, missed, mark, host, trainer.person(),
                clock.instant(), today);
        return save(makeUp);
    }

    /** A trainer of the trainee's own cohort records a catch-up conversation for a missed day. */
    public MakeUp recordConversation(long enrolmentId, int missedSequence, LocalDate heldOn, String note) {
        Enrolment enrolment = enrolment(enrolmentId);
        Account trainer = access.requireTrainerOf(enrolment.cohort());
        TeachingDay missed = enrolment.cohort().teachingDay(missedSequence)
                .orElseThrow(() -> new NotFound("teaching day " + missedSequence));
        Attendance mark = AttendanceService.markOf(em, enrolment, missed).orElse(null);
        MakeUp makeUp = MakeUp.byConversation(enrolment, missed, mark, heldOn, note,
                trainer.person(), clock.instant(), LocalDate.now(clock));
        return save(makeUp);
    }

    /** Takes back a make-up recorded by mistake: whoever could record it may remove it. */
    public void remove(long makeUpId) {
        MakeUp makeUp = em.find(MakeUp.class, makeUpId);
        if (makeUp == null) {
            throw new NotFound("make-up " + makeUpId);
        }
        Cohort recordedIn = makeUp.kind() == MakeUpKind.GUEST ? makeUp.hostDay().cohort() : makeUp.enrolment().cohort();
        access.requireTrainerOf(recordedIn);
        audit.record(AuditAction.ATTENDANCE_CHANGED, RECORD, makeUp.id(), describe(makeUp), null);
        em.remove(makeUp);
    }

    private MakeUp save(MakeUp makeUp) {
        em.persist(makeUp);
        try {
            em.flush();
        } catch (PersistenceException alreadyMadeUp) {
            // Another trainer recorded a make-up for the same missed day a moment earlier.
            throw new RuleViolation("rule.makeUp.alreadyMadeUp", makeUp.missedDay().sequence());
        }
        audit.record(AuditAction.ATTENDANCE_CHANGED, RECORD, makeUp.id(), null, describe(makeUp));
        return makeUp;
    }

    /** For the audit log: which day of which enrolment, how and when. */
    private static String describe(MakeUp makeUp) {
        return "enrolment " + makeUp.enrolment().id() + ", day " + makeUp.missedDay().sequence() + " made up: "
                + (makeUp.kind() == MakeUpKind.GUEST ? "guest in " + makeUp.hostDay().cohort().name() : "conversation")
                + " on " + makeUp.heldOn();
    }

    private TeachingDay teachingDay(long id) {
        TeachingDay day = em.find(TeachingDay.class, id);
        if (day == null) {
            throw new NotFound("teaching day " + id);
        }
        return day;
    }

    private Enrolment enrolment(long id) {
        Enrolment enrolment = em.find(Enrolment.class, id);
        if (enrolment == null) {
            throw new RuleViolation("rule.attendance.unknown");
        }
        return enrolment;
    }

    /** A guest on a teaching day: who, from which cohort, making up which of their own days. */
    public record Guest(long makeUpId, String traineeName, String cohortName, int missedSequence) implements Serializable {
    }

    /** A trainee who could join as a guest, and when they missed the unit. */
    public record GuestCandidate(long enrolmentId, String traineeName, String cohortName, LocalDate missedOn) implements Serializable {
    }
}
