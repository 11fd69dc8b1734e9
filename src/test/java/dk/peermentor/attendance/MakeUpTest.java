package dk.peermentor.attendance;

import static dk.peermentor.testing.CourseFixtures.cohortStarting;
import static dk.peermentor.testing.CourseFixtures.enrolled;
import static dk.peermentor.testing.CourseFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dk.peermentor.cohort.Cohort;
import dk.peermentor.cohort.Enrolment;
import dk.peermentor.cohort.Programme;
import dk.peermentor.cohort.TeachingDay;
import dk.peermentor.identity.Person;
import dk.peermentor.platform.RuleViolation;

class MakeUpTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);
    private static final Instant NOW = Instant.parse("2027-06-01T10:00:00Z");

    private final Programme programme = new Programme("Testprogram");
    private final Cohort own = cohortStarting(programme, "Hold A", LocalDate.of(2027, 1, 1));
    private final Cohort other = cohortStarting(programme, "Hold B", LocalDate.of(2027, 2, 1));
    private final Person trainer = person("Trine", "Ravn");
    private final Enrolment maja = enrolled(own, person("Maja", "Engholm"));
    private final TeachingDay ownDayTwo = own.teachingDay(2).orElseThrow();

    private Attendance marked(AttendanceStatus status) {
        return Attendance.record(maja, ownDayTwo, status, null, trainer, NOW);
    }

    @Test
    void aGuestOnTheSameUnitInAnotherCohortMakesUpTheMissedDay() {
        TeachingDay host = other.teachingDay(2).orElseThrow();

        MakeUp makeUp = MakeUp.asGuest(maja, ownDayTwo, marked(AttendanceStatus.ABSENT), host, trainer, NOW, TODAY);

        assertEquals(MakeUpKind.GUEST, makeUp.kind());
        assertEquals(ownDayTwo, makeUp.missedDay());
        assertEquals(host.date(), makeUp.heldOn(), "made up on the day the guest came");
    }

    @Test
    void anExcusedDayAndAnUnmarkedDayCanBeMadeUpToo() {
        TeachingDay host = other.teachingDay(2).orElseThrow();

        MakeUp.asGuest(maja, ownDayTwo, marked(AttendanceStatus.EXCUSED), host, trainer, NOW, TODAY);
        MakeUp.asGuest(maja, ownDayTwo, null, host, trainer, NOW, TODAY);
    }

    @Test
    void aMakeUpCountsForTheSameUnitOnly() {
        TeachingDay otherUnit = other.teachingDay(3).orElseThrow();

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> MakeUp.asGuest(maja, ownDayTwo, null, otherUnit, trainer, NOW, TODAY));
        assertEquals("rule.makeUp.otherUnit", refused.messageKey());
    }

    @Test
    void aDayTheTraineeAttendedHasNothingToMakeUp() {
        for (AttendanceStatus attended : AttendanceStatus.attended()) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> MakeUp.byConversation(maja, ownDayTwo,
                    marked(attended), TODAY, "Gennemgik emnet", trainer, NOW, TODAY));
            assertEquals("rule.makeUp.attended", refused.messageKey());
        }
    }

    @Test
    void aGuestComesFromAnotherCohortAndTheDayMustHaveTakenPlace() {
        assertEquals("rule.makeUp.ownCohort", assertThrows(RuleViolation.class,
                () -> MakeUp.asGuest(maja, ownDayTwo, null, own.teachingDay(2).orElseThrow(), trainer, NOW, TODAY))
                .messageKey());
        TeachingDay hostLater = other.teachingDay(2).orElseThrow();
        assertEquals("rule.makeUp.notYetHeld", assertThrows(RuleViolation.class,
                () -> MakeUp.asGuest(maja, ownDayTwo, null, hostLater, trainer, NOW, hostLater.date().minusDays(1)))
                .messageKey());
        TeachingDay ownDaySix = own.teachingDay(6).orElseThrow();
        assertEquals("rule.makeUp.dayAhead", assertThrows(RuleViolation.class,
                () -> MakeUp.byConversation(maja, ownDaySix, null, TODAY.minusMonths(1), "x", trainer, NOW,
                        ownDaySix.date().minusDays(1))).messageKey());
    }

    @Test
    void aConversationNeedsADateNotInTheFutureAndANote() {
        assertEquals("rule.makeUp.notYetHeld", assertThrows(RuleViolation.class, () -> MakeUp.byConversation(maja,
                ownDayTwo, null, TODAY.plusDays(1), "Gennemgik emnet", trainer, NOW, TODAY)).messageKey());
        assertEquals("rule.required", assertThrows(RuleViolation.class, () -> MakeUp.byConversation(maja,
                ownDayTwo, null, TODAY, "  ", trainer, NOW, TODAY)).messageKey());
        assertEquals("rule.tooLong", assertThrows(RuleViolation.class, () -> MakeUp.byConversation(maja,
                ownDayTwo, null, TODAY, "x".repeat(501), trainer, NOW, TODAY)).messageKey());

        MakeUp made = MakeUp.byConversation(maja, ownDayTwo, null, TODAY, " Gennemgik emnet ", trainer, NOW, TODAY);
        assertEquals("Gennemgik emnet", made.note());
        assertNull(made.hostDay());
    }

    @Test
    void aWithdrawnTraineeHasNothingToMakeUp() {
        maja.withdraw("Flyttet");

        assertEquals("rule.attendance.notTakingPart", assertThrows(RuleViolation.class,
                () -> MakeUp.byConversation(maja, ownDayTwo, null, TODAY, "x", trainer, NOW, TODAY)).messageKey());
    }

    @Test
    void erasureForgetsTheNoteButKeepsTheFact() {
        MakeUp made = MakeUp.byConversation(maja, ownDayTwo, null, TODAY, "Talte om en svær uge", trainer, NOW, TODAY);

        made.forgetNote();

        assertEquals("-", made.note());
        assertEquals(MakeUpKind.CONVERSATION, made.kind());
    }
}
