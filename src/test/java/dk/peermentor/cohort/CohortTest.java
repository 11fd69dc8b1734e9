package dk.peermentor.cohort;

import static dk.peermentor.testing.CourseFixtures.NINE_THIRTY;
import static dk.peermentor.testing.CourseFixtures.THREE_PM;
import static dk.peermentor.testing.CourseFixtures.cohortStarting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import dk.peermentor.platform.RuleViolation;

class CohortTest {

    private static final LocalDate JANUARY = LocalDate.of(2027, 1, 1);

    @Test
    void sixTeachingDaysAreKeptInTheirOrder() {
        Cohort cohort = cohortStarting(JANUARY);

        assertEquals(6, cohort.teachingDays().size());
        assertEquals(LocalDate.of(2027, 1, 12), cohort.teachingDay(1).orElseThrow().date());
        assertEquals(LocalDate.of(2027, 6, 8), cohort.teachingDay(6).orElseThrow().date());
    }

    @Test
    void aDayCannotBeScheduledBeforeTheDayThatPrecedesIt() {
        Cohort cohort = new Cohort(new Programme("P"), "Hold", "Huset", 15);
        cohort.scheduleTeachingDay(1, LocalDate.of(2027, 3, 9), NINE_THIRTY, THREE_PM, "Huset", "recovery");

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> cohort.scheduleTeachingDay(2,
                LocalDate.of(2027, 3, 1), NINE_THIRTY, THREE_PM, "Huset", "active-listening"));

        assertEquals("rule.teachingDay.outOfOrder", refusal.messageKey());
        assertEquals(1, cohort.teachingDays().size());
    }

    @Test
    void aDayCannotShareItsDateWithAnotherDayOfTheCohort() {
        Cohort cohort = cohortStarting(JANUARY);

        assertThrows(RuleViolation.class,
                () -> cohort.moveTeachingDay(3, cohort.teachingDay(2).orElseThrow().date(), NINE_THIRTY, THREE_PM, "Huset"));
    }

    @Test
    void aDayCanBeMovedWithinTheGapBetweenItsNeighbours() {
        Cohort cohort = cohortStarting(JANUARY);
        LocalDate newDate = LocalDate.of(2027, 3, 18);

        cohort.moveTeachingDay(3, newDate, LocalTime.of(10, 0), LocalTime.of(14, 0), "Biblioteket");

        TeachingDay moved = cohort.teachingDay(3).orElseThrow();
        assertEquals(newDate, moved.date());
        assertEquals(LocalTime.of(10, 0), moved.startsAt());
        assertEquals("Biblioteket", moved.place());
    }

    @Test
    void movingADayPastItsSuccessorIsRefusedAndChangesNothing() {
        Cohort cohort = cohortStarting(JANUARY);
        LocalDate before = cohort.teachingDay(3).orElseThrow().date();

        assertThrows(RuleViolation.class,
                () -> cohort.moveTeachingDay(3, LocalDate.of(2027, 4, 20), NINE_THIRTY, THREE_PM, "Huset"));

        assertEquals(before, cohort.teachingDay(3).orElseThrow().date());
    }

    @Test
    void theSameDayNumberCannotBeScheduledTwice() {
        Cohort cohort = cohortStarting(JANUARY);

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> cohort.scheduleTeachingDay(4,
                LocalDate.of(2027, 12, 1), NINE_THIRTY, THREE_PM, "Huset", "x"));
        assertEquals("rule.teachingDay.alreadyScheduled", refusal.messageKey());
    }

    @Test
    void thereIsNoSeventhTeachingDay() {
        Cohort cohort = cohortStarting(JANUARY);

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> cohort.scheduleTeachingDay(7,
                LocalDate.of(2027, 12, 1), NINE_THIRTY, THREE_PM, "Huset", "x"));
        assertEquals("rule.teachingDay.sequence", refusal.messageKey());
    }

    @Test
    void aTeachingDayMustEndAfterItStarts() {
        Cohort cohort = new Cohort(new Programme("P"), "Hold", "Huset", 15);

        assertThrows(RuleViolation.class, () -> cohort.scheduleTeachingDay(1, JANUARY, THREE_PM, NINE_THIRTY,
                "Huset", "recovery"));
    }

    @Test
    void statusFollowsTheDates() {
        Cohort cohort = cohortStarting(JANUARY);
        LocalDate firstDay = cohort.teachingDay(1).orElseThrow().date();
        LocalDate lastDay = cohort.teachingDay(6).orElseThrow().date();

        assertEquals(CohortStatus.PLANNED, cohort.status(firstDay.minusDays(1)));
        assertEquals(CohortStatus.RUNNING, cohort.status(firstDay));
        assertEquals(CohortStatus.RUNNING, cohort.status(lastDay));
        assertEquals(CohortStatus.COMPLETED, cohort.status(lastDay.plusDays(1)));
    }

    @Test
    void aCohortWithoutAllSixDaysIsStillPlanned() {
        Cohort cohort = new Cohort(new Programme("P"), "Hold", "Huset", 15);
        cohort.scheduleTeachingDay(1, JANUARY, NINE_THIRTY, THREE_PM, "Huset", "recovery");

        assertEquals(CohortStatus.PLANNED, cohort.status(JANUARY.plusMonths(3)));
    }

    @Test
    void daysHeldAndTheNextDayFollowToday() {
        Cohort cohort = cohortStarting(JANUARY);
        LocalDate dayThree = cohort.teachingDay(3).orElseThrow().date();

        assertEquals(2, cohort.teachingDaysHeld(dayThree.minusDays(1)));
        assertEquals(3, cohort.teachingDaysHeld(dayThree));
        assertEquals(dayThree, cohort.nextTeachingDay(dayThree).orElseThrow().date());
        assertEquals(4, cohort.nextTeachingDay(dayThree.plusDays(1)).orElseThrow().sequence());
        assertEquals(true, cohort.nextTeachingDay(LocalDate.of(2028, 1, 1)).isEmpty());
    }

    @Test
    void aCohortNeedsRoomForAtLeastOneTrainee() {
        assertThrows(RuleViolation.class, () -> new Cohort(new Programme("P"), "Hold", "Huset", 0));
    }

    @Test
    void aCohortNeedsAName() {
        RuleViolation refusal = assertThrows(RuleViolation.class, () -> new Cohort(new Programme("P"), "  ", "Huset", 15));
        assertEquals("rule.required", refusal.messageKey());
    }

    @Test
    void aCancelledCohortStaysCancelledWhateverTheDate() {
        Cohort cohort = cohortStarting(LocalDate.of(2027, 1, 12));
        assertThrows(RuleViolation.class, () -> cohort.cancel(" ", Instant.EPOCH));
        cohort.cancel("For få ansøgere", Instant.EPOCH);
        assertEquals(CohortStatus.CANCELLED, cohort.status(LocalDate.of(2027, 3, 1)));
        assertEquals("For få ansøgere", cohort.cancellationReason());
    }

    @Test
    void aCohortHasRoomUntilItsCapacityIsTaken() {
        Cohort cohort = new Cohort(new Programme("Fjordby"), "Lille hold", "Havnegade 12", 2);
        assertTrue(cohort.hasRoomBeside(1));
        assertFalse(cohort.hasRoomBeside(2));
    }
}
