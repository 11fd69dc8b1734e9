package dk.peermentor.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dk.peermentor.platform.RuleViolation;

/** When a unit's materials open, at the boundaries of the programme's rule. */
class MaterialsReleaseTest {

    private static final LocalDate TEACHING_DAY = LocalDate.of(2027, 3, 9);

    private final Programme programme = new Programme("Testprogram");

    @Test
    void byDefaultAUnitOpensFourteenDaysBeforeItsDay() {
        assertEquals(LocalDate.of(2027, 2, 23), programme.releasedOn(TEACHING_DAY));
        assertFalse(programme.isReleased(TEACHING_DAY, LocalDate.of(2027, 2, 22)), "the day before: closed");
        assertTrue(programme.isReleased(TEACHING_DAY, LocalDate.of(2027, 2, 23)), "14 days before: open");
        assertTrue(programme.isReleased(TEACHING_DAY, TEACHING_DAY.plusMonths(3)), "and stays open");
    }

    @Test
    void zeroDaysBeforeOpensOnTheTeachingDayItself() {
        programme.changeMaterialsRelease(MaterialsRelease.BEFORE_DAY, 0);

        assertFalse(programme.isReleased(TEACHING_DAY, TEACHING_DAY.minusDays(1)));
        assertTrue(programme.isReleased(TEACHING_DAY, TEACHING_DAY));
    }

    @Test
    void releaseAtEnrolmentOpensEveryUnitAtOnce() {
        programme.changeMaterialsRelease(MaterialsRelease.AT_ENROLMENT, 14);

        assertTrue(programme.isReleased(TEACHING_DAY, TEACHING_DAY.minusYears(1)));
    }

    @Test
    void theNumberOfDaysStaysWithinReason() {
        assertThrows(RuleViolation.class, () -> programme.changeMaterialsRelease(MaterialsRelease.BEFORE_DAY, -1));
        assertThrows(RuleViolation.class, () -> programme.changeMaterialsRelease(MaterialsRelease.BEFORE_DAY, 181));
        assertThrows(RuleViolation.class, () -> programme.changeMaterialsRelease(null, 14));
        programme.changeMaterialsRelease(MaterialsRelease.BEFORE_DAY, 180);
        assertEquals(180, programme.releaseDaysBefore());
    }
}
