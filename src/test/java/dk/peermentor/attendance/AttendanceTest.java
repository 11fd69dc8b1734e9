package dk.peermentor.attendance;

import static dk.peermentor.testing.CourseFixtures.cohortStarting;
import static dk.peermentor.testing.CourseFixtures.enrolled;
import static dk.peermentor.testing.CourseFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dk.peermentor.cohort.Cohort;
import dk.peermentor.cohort.Enrolment;
import dk.peermentor.cohort.TeachingDay;
import dk.peermentor.identity.Person;
import dk.peermentor.platform.RuleViolation;
import dk.peermentor.platform.Time;

class AttendanceTest {

    private static final Instant MORNING = Instant.parse("2027-01-12T08:45:00Z");

    private final Cohort cohort = cohortStarting(LocalDate.of(2027, 1, 1));
    private final TeachingDay dayOne = cohort.teachingDay(1).orElseThrow();
    private final Person trainer = person("Trine", "Ravn");
    private final Enrolment enrolment = enrolled(cohort, person("Maja", "Engholm"));

    @Test
    void aMarkKeepsWhoRecordedItAndWhen() {
        Attendance attendance = Attendance.record(enrolment, dayOne, AttendanceStatus.LATE, "  Bus was late ", trainer, MORNING);

        assertEquals(AttendanceStatus.LATE, attendance.status());
        assertEquals("Bus was late", attendance.note());
        assertEquals(trainer, attendance.recordedBy());
        assertEquals(MORNING, attendance.recordedAt());
    }

    @Test
    void changingAMarkReplacesStatusNoteTrainerAndTime() {
        Attendance attendance = Attendance.record(enrolment, dayOne, AttendanceStatus.ABSENT, "No word", trainer, MORNING);
        Person secondTrainer = person("Leila", "Haddad");

        attendance.mark(AttendanceStatus.PRESENT, "", secondTrainer, MORNING.plusSeconds(600));

        assertEquals(AttendanceStatus.PRESENT, attendance.status());
        assertNull(attendance.note());
        assertEquals(secondTrainer, attendance.recordedBy());
    }

    @Test
    void beforeTheDayOnlyAnExcusedAbsenceCanBeRecorded() {
        Instant eveningBefore = dayOne.date().minusDays(1).atTime(23, 30).atZone(Time.ZONE).toInstant();
        for (AttendanceStatus status : AttendanceStatus.values()) {
            if (status == AttendanceStatus.EXCUSED) {
                continue;
            }
            RuleViolation refusal = assertThrows(RuleViolation.class,
                    () -> Attendance.record(enrolment, dayOne, status, null, trainer, eveningBefore), status::name);
            assertEquals("rule.attendance.notYet", refusal.messageKey());
        }
        Attendance excused = Attendance.record(enrolment, dayOne, AttendanceStatus.EXCUSED, "Ringede", trainer, eveningBefore);
        assertThrows(RuleViolation.class, () -> excused.mark(AttendanceStatus.PRESENT, null, trainer, eveningBefore));
        assertEquals(AttendanceStatus.EXCUSED, excused.status(), "a refused change leaves the mark as it was");

        Instant justAfterMidnight = dayOne.date().atStartOfDay(Time.ZONE).toInstant();
        excused.mark(AttendanceStatus.PRESENT, null, trainer, justAfterMidnight);
        assertEquals(AttendanceStatus.PRESENT, excused.status(), "on the day itself, in Danish time, every mark can be made");
    }

    @Test
    void lateAndLeftEarlyCountAsAttendedButExcusedDoesNot() {
        assertTrue(AttendanceStatus.PRESENT.countsAsAttended());
        assertTrue(AttendanceStatus.LATE.countsAsAttended());
        assertTrue(AttendanceStatus.LEFT_EARLY.countsAsAttended());
        assertFalse(AttendanceStatus.EXCUSED.countsAsAttended());
        assertFalse(AttendanceStatus.ABSENT.countsAsAttended());
    }

    @Test
    void aTeachingDayOfAnotherCohortIsRefused() {
        TeachingDay otherCohortsDay = cohortStarting(LocalDate.of(2027, 8, 1)).teachingDay(1).orElseThrow();

        RuleViolation refusal = assertThrows(RuleViolation.class,
                () -> Attendance.record(enrolment, otherCohortsDay, AttendanceStatus.PRESENT, null, trainer, MORNING));
        assertEquals("rule.attendance.otherCohort", refusal.messageKey());
    }

    @Test
    void aWithdrawnTraineeCannotBeMarked() {
        Attendance attendance = Attendance.record(enrolment, dayOne, AttendanceStatus.PRESENT, null, trainer, MORNING);
        enrolment.withdraw("Flytter");

        assertThrows(RuleViolation.class, () -> Attendance.record(enrolment, cohort.teachingDay(2).orElseThrow(),
                AttendanceStatus.PRESENT, null, trainer, MORNING));
        assertThrows(RuleViolation.class, () -> attendance.mark(AttendanceStatus.ABSENT, null, trainer, MORNING));
        assertEquals(AttendanceStatus.PRESENT, attendance.status());
    }

    @Test
    void aNoteHasALimit() {
        String tooLong = "x".repeat(Attendance.NOTE_MAX_LENGTH + 1);

        RuleViolation refusal = assertThrows(RuleViolation.class,
                () -> Attendance.record(enrolment, dayOne, AttendanceStatus.PRESENT, tooLong, trainer, MORNING));
        assertEquals("rule.tooLong", refusal.messageKey());
    }

    @Test
    void aMarkNeedsAStatus() {
        assertThrows(RuleViolation.class, () -> Attendance.record(enrolment, dayOne, null, null, trainer, MORNING));
    }
}
