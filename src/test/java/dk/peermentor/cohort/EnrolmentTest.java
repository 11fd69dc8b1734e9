package dk.peermentor.cohort;

import static dk.peermentor.testing.CourseFixtures.cohortStarting;
import static dk.peermentor.testing.CourseFixtures.enrolled;
import static dk.peermentor.testing.CourseFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dk.peermentor.platform.RuleViolation;

class EnrolmentTest {

    private final Cohort cohort = cohortStarting(LocalDate.of(2027, 1, 1));

    @Test
    void anApplicantIsEnrolledAndThenCompletes() {
        Enrolment enrolment = Enrolment.application(cohort, person("Ida", "Holm"), LocalDate.of(2026, 11, 1));
        assertEquals(EnrolmentStatus.APPLIED, enrolment.status());
        assertFalse(enrolment.takesPart());

        enrolment.enrol();
        assertTrue(enrolment.takesPart());

        enrolment.complete();
        assertEquals(EnrolmentStatus.COMPLETED, enrolment.status());
    }

    @Test
    void aWaitingApplicantTakesNoPartUntilGivenAPlace() {
        Enrolment enrolment = Enrolment.application(cohort, person("Ole", "Bak"), LocalDate.of(2026, 11, 1));
        enrolment.putOnWaitingList();
        assertEquals(EnrolmentStatus.WAITING, enrolment.status());
        assertFalse(enrolment.takesPart());
        assertThrows(RuleViolation.class, enrolment::putOnWaitingList);

        enrolment.enrol();
        assertTrue(enrolment.takesPart());
    }

    @Test
    void someoneOnTheWaitingListCanWithdraw() {
        Enrolment enrolment = Enrolment.application(cohort, person("Eva", "Lund"), LocalDate.of(2026, 11, 1));
        enrolment.putOnWaitingList();
        enrolment.withdraw("Fandt et andet tilbud");
        assertEquals(EnrolmentStatus.WITHDRAWN, enrolment.status());
    }

    @Test
    void anAgeExceptionNeedsAReason() {
        Enrolment enrolment = Enrolment.application(cohort, person("Kaj", "Sten"), LocalDate.of(2026, 11, 1));
        assertThrows(RuleViolation.class, () -> enrolment.acceptAgeException(""));
        enrolment.acceptAgeException("Erfaren frivillig");
        assertEquals("Erfaren frivillig", enrolment.ageOverrideReason());
    }

    @Test
    void theProgrammeAgeRangeCountsWholeYearsOnTheDay() {
        Programme programme = new Programme("Fjordby");
        LocalDate firstDay = LocalDate.of(2027, 1, 12);
        assertTrue(programme.isWithinMentorAge(LocalDate.of(2009, 1, 12), firstDay), "18 on the day");
        assertFalse(programme.isWithinMentorAge(LocalDate.of(2009, 1, 13), firstDay), "18 the day after");
        assertTrue(programme.isWithinMentorAge(LocalDate.of(1976, 1, 13), firstDay), "still 50");
        assertFalse(programme.isWithinMentorAge(LocalDate.of(1976, 1, 12), firstDay), "51 on the day");
        programme.changeMentorAgeRange(20, 65);
        assertFalse(programme.isWithinMentorAge(LocalDate.of(2008, 1, 1), firstDay));
        assertThrows(RuleViolation.class, () -> programme.changeMentorAgeRange(40, 30));
    }

    @Test
    void withdrawingNeedsAReasonAndKeepsIt() {
        Enrolment enrolment = enrolled(cohort, person("Bo", "Lind"));

        assertThrows(RuleViolation.class, () -> enrolment.withdraw(" "));
        assertEquals(EnrolmentStatus.ENROLLED, enrolment.status());

        enrolment.withdraw("Har fået arbejde om dagen");
        assertEquals(EnrolmentStatus.WITHDRAWN, enrolment.status());
        assertEquals("Har fået arbejde om dagen", enrolment.withdrawalReason());
        assertFalse(enrolment.takesPart());
    }

    @Test
    void aWithdrawnTraineeCannotComplete() {
        Enrolment enrolment = enrolled(cohort, person("Bo", "Lind"));
        enrolment.withdraw("Flytter");

        RuleViolation refusal = assertThrows(RuleViolation.class, enrolment::complete);
        assertEquals("rule.enrolment.status", refusal.messageKey());
    }

    @Test
    void aCompletedTraineeCannotBeWithdrawnOrEnrolledAgain() {
        Enrolment enrolment = enrolled(cohort, person("Bo", "Lind"));
        enrolment.complete();

        assertThrows(RuleViolation.class, () -> enrolment.withdraw("For sent"));
        assertThrows(RuleViolation.class, enrolment::enrol);
        assertEquals(EnrolmentStatus.COMPLETED, enrolment.status());
    }

    @Test
    void anApplicantWhoIsNotEnrolledCannotComplete() {
        Enrolment enrolment = Enrolment.application(cohort, person("Ida", "Holm"), LocalDate.of(2026, 11, 1));

        assertThrows(RuleViolation.class, enrolment::complete);
    }

    @Test
    void aTrainerCanBeAssignedToOneDayOfTheirOwnCohortOnly() {
        Cohort other = cohortStarting(LocalDate.of(2027, 9, 1));
        TeachingDay dayOfOther = other.teachingDay(2).orElseThrow();

        TrainerAssignment oneDay = TrainerAssignment.toTeachingDay(cohort.teachingDay(2).orElseThrow(), person("Tina", "Ravn"));
        assertEquals(cohort, oneDay.cohort());
        assertEquals(2, oneDay.teachingDay().orElseThrow().sequence());
        assertEquals(other, TrainerAssignment.toTeachingDay(dayOfOther, person("Tina", "Ravn")).cohort());
        assertTrue(TrainerAssignment.toCohort(cohort, person("Tina", "Ravn")).teachingDay().isEmpty());
    }
}
