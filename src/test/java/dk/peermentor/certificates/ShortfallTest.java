package dk.peermentor.certificates;

import static dk.peermentor.attendance.AttendanceStatus.ABSENT;
import static dk.peermentor.attendance.AttendanceStatus.EXCUSED;
import static dk.peermentor.attendance.AttendanceStatus.LATE;
import static dk.peermentor.attendance.AttendanceStatus.LEFT_EARLY;
import static dk.peermentor.attendance.AttendanceStatus.PRESENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.peermentor.attendance.AttendanceRule;
import dk.peermentor.attendance.AttendanceStatus;
import dk.peermentor.attendance.TraineeProgress;
import dk.peermentor.attendance.TraineeProgress.UnitProgress;
import dk.peermentor.certificates.Shortfall.Kind;
import dk.peermentor.cohort.EnrolmentStatus;

/** The certification rule at its edges: 5 and 6 of 6, 4 of 6 with a make-up, excused, not made up, withdrawn. */
class ShortfallTest {

    private static final LocalDate FIRST = LocalDate.of(2027, 1, 12);
    private static final AttendanceRule DEFAULT = new AttendanceRule(5, true);

    private static TraineeProgress finished(AttendanceRule rule, EnrolmentStatus status, List<Integer> madeUp,
            AttendanceStatus... marks) {
        List<UnitProgress> units = new ArrayList<>();
        for (int day = 1; day <= 6; day++) {
            AttendanceStatus mark = day <= marks.length ? marks[day - 1] : null;
            units.add(new UnitProgress(day, "unit-" + day, FIRST.plusMonths(day - 1L), day <= marks.length, mark,
                    madeUp.contains(day), false));
        }
        return new TraineeProgress(status, rule, units);
    }

    private static List<Kind> kinds(TraineeProgress progress) {
        return Shortfall.of(progress).stream().map(Shortfall::kind).toList();
    }

    @Test
    void sixOfSixMeetsTheRule() {
        assertTrue(Shortfall.of(finished(DEFAULT, EnrolmentStatus.COMPLETED, List.of(), PRESENT, PRESENT, LATE,
                LEFT_EARLY, PRESENT, PRESENT)).isEmpty(), "Late and Left early count as attended");
    }

    @Test
    void fiveOfSixWithTheMissedDayMadeUpMeetsTheRule() {
        assertTrue(Shortfall.of(finished(DEFAULT, EnrolmentStatus.COMPLETED, List.of(3), PRESENT, PRESENT, ABSENT,
                PRESENT, PRESENT, PRESENT)).isEmpty());
    }

    @Test
    void fiveOfSixWithTheMissedDayNotMadeUpNamesTheDay() {
        List<Shortfall> why = Shortfall.of(finished(DEFAULT, EnrolmentStatus.COMPLETED, List.of(), PRESENT, PRESENT,
                ABSENT, PRESENT, PRESENT, PRESENT));

        assertEquals(List.of(new Shortfall(Kind.NOT_MADE_UP, 3, "unit-3", 5, 5)), why);
    }

    @Test
    void fourOfSixPlusOneMakeUpIsStillTooFewDays() {
        List<Shortfall> why = Shortfall.of(finished(DEFAULT, EnrolmentStatus.COMPLETED, List.of(2), PRESENT, ABSENT,
                PRESENT, ABSENT, PRESENT, PRESENT));

        assertEquals(List.of(Kind.TOO_FEW_DAYS, Kind.NOT_MADE_UP), why.stream().map(Shortfall::kind).toList());
        assertEquals(4, why.get(0).attended());
        assertEquals(5, why.get(0).required());
        assertEquals(4, why.get(1).day(), "day 2 is made up, day 4 is not");
    }

    @Test
    void anExcusedDayCountsAsMissed() {
        assertEquals(List.of(Kind.NOT_MADE_UP), kinds(finished(DEFAULT, EnrolmentStatus.COMPLETED, List.of(), PRESENT,
                EXCUSED, PRESENT, PRESENT, PRESENT, PRESENT)));
        assertTrue(kinds(finished(DEFAULT, EnrolmentStatus.COMPLETED, List.of(2), PRESENT, EXCUSED, PRESENT, PRESENT,
                PRESENT, PRESENT)).isEmpty());
    }

    @Test
    void aWithdrawnTraineeIsNeverCertified() {
        assertEquals(List.of(Kind.WITHDREW), kinds(finished(DEFAULT, EnrolmentStatus.WITHDRAWN, List.of(), PRESENT,
                PRESENT, PRESENT, PRESENT, PRESENT, PRESENT)));
    }

    @Test
    void aCohortWithDaysToComeIsNotFinished() {
        assertEquals(List.of(Kind.NOT_FINISHED), kinds(finished(DEFAULT, EnrolmentStatus.ENROLLED, List.of(), PRESENT,
                PRESENT, PRESENT)));
    }

    @Test
    void aProgrammeMayAskForFewerDaysAndNoMakeUps() {
        AttendanceRule lenient = new AttendanceRule(4, false);

        assertTrue(kinds(finished(lenient, EnrolmentStatus.COMPLETED, List.of(), PRESENT, ABSENT, PRESENT, ABSENT,
                PRESENT, PRESENT)).isEmpty());
        assertEquals(List.of(Kind.TOO_FEW_DAYS), kinds(finished(lenient, EnrolmentStatus.COMPLETED, List.of(),
                ABSENT, ABSENT, PRESENT, ABSENT, PRESENT, PRESENT)));
    }
}
