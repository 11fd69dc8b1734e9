package dk.peermentor.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import dk.peermentor.audit.AuditAction;
import dk.peermentor.audit.AuditLog;
import dk.peermentor.cohort.CohortAccess;
import dk.peermentor.cohort.Enrolment;
import dk.peermentor.cohort.EnrolmentStatus;
import dk.peermentor.cohort.TeachingDay;
import dk.peermentor.identity.Account;
import dk.peermentor.identity.CurrentUser;
import dk.peermentor.identity.Person;
import dk.peermentor.identity.Role;
import dk.peermentor.platform.NotFound;
import dk.peermentor.platform.PublicUrl;
import dk.peermentor.platform.RuleViolation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * Self check-in by QR code. A trainer of the cohort opens it for a teaching day and shows the
 * current code; a trainee who opens the code's link while logged in is marked present. Each code is
 * used once and is shown for 30 seconds, so a photo sent to someone at home is worth nothing: the
 * trainee in the room has used it, or it has expired. A trainer's mark always wins.
 */
@ApplicationScoped
@Transactional
public class CheckInService {

    static final String RECORD = "CheckIn";


    @PersistenceContext
    EntityManager em;

    @Inject
    CohortAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    PublicUrl publicUrl;

    /** Opens the day's self check-in (again); for its trainers and coordinators, on the day itself. */
    public void open(long teachingDayId) {
        TeachingDay day = day(teachingDayId);
        Account trainer = access.requireTrainerOf(day.cohort());
        Instant now = clock.instant();
        Optional<CheckIn> existing = Optional.ofNullable(em.find(CheckIn.class, teachingDayId));
        if (existing.isPresent()) {
            existing.get().reopen(trainer.person(), now);
        } else {
            em.persist(CheckIn.open(day, trainer.person(), now));
            try {
                em.flush();
            } catch (PersistenceException openedAtTheSameMoment) {
                // Another trainer of the day opened it first; theirs is the one shown.
                throw new RuleViolation("checkIn.openedByOther");
            }
        }
        audit.record(AuditAction.ATTENDANCE_CHANGED, RECORD, teachingDayId, null, "self check-in opened");
    }

    public void close(long teachingDayId) {
        TeachingDay day = day(teachingDayId);
        access.requireTrainerOf(day.cohort());
        CheckIn checkIn = em.find(CheckIn.class, teachingDayId);
        if (checkIn != null && checkIn.isOpenAt(clock.instant())) {
            checkIn.close(clock.instant());
            audit.record(AuditAction.ATTENDANCE_CHANGED, RECORD, teachingDayId, "self check-in opened",
                    "self check-in closed");
        }
    }

    /** What the trainer's screen shows now: the current code and its link while open, and the count. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CheckInDisplay display(long teachingDayId) {
        TeachingDay day = day(teachingDayId);
        access.requireTrainerOf(day.cohort());
        Instant now = clock.instant();
        long trainees = em.createQuery(
                "select count(e) from Enrolment e where e.cohort = :cohort and e.status in :takingPart", Long.class)
                .setParameter("cohort", day.cohort()).setParameter("takingPart", EnrolmentStatus.TAKING_PART).getSingleResult();
        long checkedIn = em.createQuery("""
                select count(a) from Attendance a where a.teachingDay = :day and a.recordedBy = a.enrolment.person
                """, Long.class).setParameter("day", day).getSingleResult();
        CheckIn checkIn = em.find(CheckIn.class, teachingDayId);
        boolean today = day.date().equals(LocalDate.now(clock));
        if (checkIn == null || !checkIn.isOpenAt(now)) {
            return new CheckInDisplay(teachingDayId, today, false, null, null, checkedIn, trainees);
        }
        CheckInCode code = CheckInCode.issue(checkIn.secret(), teachingDayId, now, usesOf(checkIn));
        String link = publicUrl.of("trainee/check-in?day=" + teachingDayId + "&code=" + code.token());
        return new CheckInDisplay(teachingDayId, today, true, code.token(), link, checkedIn, trainees);
    }

    /**
     * The logged-in trainee presents a code of the day. Refused, with a reason the trainee can act on,
     * when the check-in is closed, the code is not one of this day's, has expired, or was just used by
     * someone else, and when the trainee does not take part in the day's cohort.
     */
    public CheckInResult checkIn(long teachingDayId, String token) {
        Account trainee = currentUser.require(Role.TRAINEE);
        TeachingDay day = em.find(TeachingDay.class, teachingDayId);
        if (day == null) {
            throw new RuleViolation("checkIn.refused.invalid");
        }
        Instant now = clock.instant();
        CheckIn checkIn = em.find(CheckIn.class, teachingDayId);
        if (checkIn == null || !checkIn.isOpenAt(now)) {
            throw new RuleViolation("checkIn.refused.closed");
        }
        // The signature binds the code to this day: a code of another cohort's day does not verify.
        CheckInCode code = CheckInCode.verify(checkIn.secret(), teachingDayId, token)
                .orElseThrow(() -> new RuleViolation("checkIn.refused.invalid"));
        Person me = trainee.person();
        Enrolment enrolment = em.createQuery("""
                select e from Enrolment e where e.cohort = :cohort and e.person.id = :person and e.status in :takingPart
                """, Enrolment.class).setParameter("cohort", day.cohort()).setParameter("person", me.id())
                .setParameter("takingPart", EnrolmentStatus.TAKING_PART).getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("checkIn.refused.notEnrolled", day.cohort().name()));
        Optional<CheckInUse> used = em.createQuery(
                "select u from CheckInUse u where u.checkIn = :checkIn and u.counter = :counter", CheckInUse.class)
                .setParameter("checkIn", checkIn).setParameter("counter", code.counter()).getResultStream().findFirst();
        if (used.isPresent()) {
            // The same trainee opening their own link again (a reload) is fine; anyone else is not.
            if (used.get().person().id().equals(me.id())) {
                return result(day, CheckInResult.Outcome.ALREADY_CHECKED_IN, AttendanceStatus.PRESENT);
            }
            throw new RuleViolation("checkIn.refused.used");
        }
        if (!code.isCurrentAt(now)) {
            throw new RuleViolation("checkIn.refused.expired");
        }
        Optional<Attendance> mark = AttendanceService.markOf(em, enrolment, day);
        if (mark.isPresent()) {
            // A trainer's mark wins; the code stays unused for the next trainee.
            boolean mine = mark.get().recordedBy().id().equals(me.id());
            return result(day, mine ? CheckInResult.Outcome.ALREADY_CHECKED_IN : CheckInResult.Outcome.ALREADY_MARKED,
                    mark.get().status());
        }
        if (code.counter() != usesOf(checkIn)) {
            // Only the newest code on the screen is unused; an older one was used or skipped.
            throw new RuleViolation("checkIn.refused.used");
        }
        Attendance present = Attendance.record(enrolment, day, AttendanceStatus.PRESENT, null, me, now);
        em.persist(new CheckInUse(checkIn, code, me, now));
        em.persist(present);
        try {
            em.flush();
        } catch (PersistenceException usedAtTheSameMoment) {
            // Another trainee's use took the code's unique row first (or a trainer marked just now).
            throw new RuleViolation("checkIn.refused.used");
        }
        audit.record(AuditAction.ATTENDANCE_CHANGED, AttendanceService.RECORD, present.id(), null,
                AttendanceStatus.PRESENT + " (self check-in)");
        return result(day, CheckInResult.Outcome.CHECKED_IN, AttendanceStatus.PRESENT);
    }

    private int usesOf(CheckIn checkIn) {
        return em.createQuery("select count(u) from CheckInUse u where u.checkIn = :checkIn", Long.class)
                .setParameter("checkIn", checkIn).getSingleResult().intValue();
    }

    private static CheckInResult result(TeachingDay day, CheckInResult.Outcome outcome, AttendanceStatus status) {
        return new CheckInResult(outcome, day.cohort().name(), day.sequence(), day.date(), status);
    }

    private TeachingDay day(long teachingDayId) {
        TeachingDay day = em.find(TeachingDay.class, teachingDayId);
        if (day == null) {
            throw new NotFound("teaching day " + teachingDayId);
        }
        return day;
    }
}
