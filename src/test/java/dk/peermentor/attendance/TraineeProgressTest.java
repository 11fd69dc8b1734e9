package dk.peermentor.attendance;

import static dk.peermentor.attendance.AttendanceStatus.ABSENT;
import static dk.peermentor.attendance.AttendanceStatus.EXCUSED;
import static dk.peermentor.attendance.AttendanceStatus.LATE;
import static dk.peermentor.attendance.AttendanceStatus.PRESENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.peermentor.attendance.TraineeProgress.Standing;
import dk.peermentor.attendance.TraineeProgress.UnitProgress;
import dk.peermentor.cohort.EnrolmentStatus;

/** Where a trainee stands: full, missing one day, made up, withdrawn, and the cases between. */
class TraineeProgressTest {

    private static final LocalDate FIRST = LocalDate.of(2027, 1, 12);

    /** Six units; the marks given are for days 1..n, all over; the rest are still to come. */
    private static TraineeProgress progress(EnrolmentStatus status, List<Integer> madeUp, AttendanceStatus... marks) {
        List<UnitProgress> units = new ArrayList<>();
        for (int day = 1; day <= 6; day++) {
            AttendanceStatus mark = day <= marks.length ? marks[day - 1] : null;
            units.add(new UnitProgress(day, "unit-" + day, FIRST.plusMonths(day - 1L), day <= marks.length, mark,
                    madeUp.contains(day), false));
        }
        return new TraineeProgress(status, AttendanceRule.DEFAULT, units);
    }

    @Test
    void sixOfSixMeetsTheRule() {
        TraineeProgress full = progress(EnrolmentStatus.COMPLETED, List.of(), PRESENT, PRESENT, LATE, PRESENT,
                PRESENT, PRESENT);

        assertEquals(6, full.attended());
        assertEquals(Standing.MEETS_RULE, full.standing());
    }

    @Test
    void missingOneDayNamesTheUnitToMakeUp() {
        TraineeProgress missing = progress(EnrolmentStatus.COMPLETED, List.of(), PRESENT, PRESENT, ABSENT, PRESENT,
                PRESENT, PRESENT);

        assertEquals(5, missing.attended());
        assertEquals(Standing.MAKE_UP_NEEDED, missing.standing());
        assertEquals(List.of(3), missing.toMakeUp().stream().map(UnitProgress::sequence).toList());
    }

    @Test
    void aMadeUpDayMeetsTheRuleWithFiveAttended() {
        TraineeProgress madeUp = progress(EnrolmentStatus.COMPLETED, List.of(3), PRESENT, PRESENT, EXCUSED, PRESENT,
                PRESENT, PRESENT);

        assertEquals(5, madeUp.attended(), "a make-up is no attended day");
        assertEquals(List.of(3), madeUp.madeUp().stream().map(UnitProgress::sequence).toList());
        assertEquals(Standing.MEETS_RULE, madeUp.standing());
    }

    @Test
    void aWithdrawnTraineeIsToldSoWhateverTheMarks() {
        assertEquals(Standing.WITHDRAWN, progress(EnrolmentStatus.WITHDRAWN, List.of(), PRESENT, PRESENT).standing());
    }

    @Test
    void twoMissedDaysCannotReachFiveOfSixEvenMadeUp() {
        TraineeProgress two = progress(EnrolmentStatus.ENROLLED, List.of(1, 2), ABSENT, ABSENT, PRESENT);

        assertEquals(Standing.CANNOT_REACH, two.standing());
    }

    @Test
    void midwayWithNothingMissingIsOnTrack() {
        assertEquals(Standing.ON_TRACK, progress(EnrolmentStatus.ENROLLED, List.of(), PRESENT, LATE).standing());
    }

    @Test
    void aUnitAttendedInTheCohortTheTraineeWasMovedFromCounts() {
        List<UnitProgress> units = new ArrayList<>(progress(EnrolmentStatus.COMPLETED, List.of(), ABSENT, PRESENT,
                PRESENT, PRESENT, PRESENT, PRESENT).units());
        UnitProgress first = units.get(0);
        units.set(0, new UnitProgress(1, first.unitId(), first.date(), true, ABSENT, false, true));
        TraineeProgress moved = new TraineeProgress(EnrolmentStatus.COMPLETED, AttendanceRule.DEFAULT, units);

        assertEquals(6, moved.attended());
        assertEquals(Standing.MEETS_RULE, moved.standing());
    }

    @Test
    void todayCountsOnlyOnceMarked() {
        LocalDate today = LocalDate.of(2027, 3, 9);

        assertEquals(false, TraineeProgress.isOver(today, today, null));
        assertEquals(true, TraineeProgress.isOver(today, today, ABSENT));
        assertEquals(true, TraineeProgress.isOver(today.minusDays(1), today, null));
    }
}
