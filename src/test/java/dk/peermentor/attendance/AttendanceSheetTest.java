package dk.peermentor.attendance;

import static dk.peermentor.attendance.AttendanceStatus.ABSENT;
import static dk.peermentor.attendance.AttendanceStatus.EXCUSED;
import static dk.peermentor.attendance.AttendanceStatus.LATE;
import static dk.peermentor.attendance.AttendanceStatus.LEFT_EARLY;
import static dk.peermentor.attendance.AttendanceStatus.PRESENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.peermentor.attendance.AttendanceRule.Risk;
import dk.peermentor.attendance.AttendanceSheet.MadeUp;
import dk.peermentor.attendance.AttendanceSheet.Row;

/** Rates and risks of a cohort four days in, day 4 being today. */
class AttendanceSheetTest {

    private static final MadeUp CONVERSATION = new MadeUp(1, MakeUpKind.CONVERSATION, LocalDate.of(2027, 3, 1), null,
            "Gennemgik emnet");

    private static AttendanceSheet sheetOf(Row... rows) {
        return new AttendanceSheet(1, "Hold A", List.of(), List.of(1, 2, 3, 4), 4, AttendanceRule.DEFAULT,
                List.of(rows));
    }

    private static Row row(String name, Map<Integer, AttendanceStatus> marks, Map<Integer, MadeUp> makeUps) {
        return new Row(name.length(), name, true, marks, makeUps);
    }

    @Test
    void lateAndLeftEarlyCountAsAttendedInTheRatesExcusedDoesNot() {
        Row ida = row("Ida", Map.of(1, PRESENT, 2, LATE, 3, LEFT_EARLY, 4, EXCUSED), Map.of());
        Row jon = row("Jon", Map.of(1, PRESENT, 2, ABSENT, 3, PRESENT), Map.of());
        AttendanceSheet sheet = sheetOf(ida, jon);

        assertEquals(100L, sheet.rateOn(1));
        assertEquals(50L, sheet.rateOn(2));
        assertEquals(0L, sheet.rateOn(4), "only Ida is marked today, and she sent word");
        assertNull(sheet.rateOn(5), "no marks: no rate");
        assertEquals(75L, sheet.rateOf(ida), "3 of 4 days");
        assertEquals(67L, sheet.rateOf(jon), "2 of 3: today is not over and Jon is not marked yet");
    }

    @Test
    void aMissedDayMadeUpIsNoLongerARiskButStillNotAnAttendedDay() {
        Row maja = row("Maja", Map.of(1, PRESENT, 2, ABSENT, 3, PRESENT, 4, PRESENT), Map.of(2, CONVERSATION));
        AttendanceSheet sheet = sheetOf(maja);

        assertEquals(List.of(2), sheet.missedBy(maja));
        assertEquals(List.of(), sheet.notMadeUpBy(maja));
        assertEquals(List.of(), sheet.risksOf(maja));
        assertEquals(3, maja.attended());
    }

    @Test
    void aMakeUpCountsForItsOwnDayOnly() {
        Row noah = row("Noah", Map.of(1, PRESENT, 2, ABSENT, 3, EXCUSED, 4, PRESENT), Map.of(2, CONVERSATION));
        AttendanceSheet sheet = sheetOf(noah);

        assertEquals(List.of(3), sheet.notMadeUpBy(noah), "day 2's make-up does nothing for day 3");
        assertEquals(List.of(Risk.TOO_MANY_MISSED, Risk.NOT_MADE_UP), sheet.risksOf(noah),
                "and a make-up is no attended day: two missed is one too many for 5 of 6");
    }

    @Test
    void missingTwoDaysMeansFiveOfSixCanNoLongerBeReachedEvenWithMakeUps() {
        Row otto = row("Otto", Map.of(1, ABSENT, 2, PRESENT, 3, ABSENT), Map.of(1, CONVERSATION, 3, CONVERSATION));
        AttendanceSheet sheet = sheetOf(otto);

        assertEquals(List.of(Risk.TOO_MANY_MISSED), sheet.risksOf(otto));
    }

    @Test
    void aHeldDayWithoutAMarkCountsAsMissedButTodayDoesNotUntilItIsMarked() {
        Row pia = row("Pia", Map.of(1, PRESENT, 3, PRESENT), Map.of());
        AttendanceSheet sheet = sheetOf(pia);

        assertEquals(List.of(2), sheet.missedBy(pia));
        assertEquals(List.of(pia), sheet.atRisk());

        Row absentToday = row("Rut", Map.of(1, PRESENT, 2, PRESENT, 3, PRESENT, 4, ABSENT), Map.of());
        assertEquals(List.of(4), sheetOf(absentToday).missedBy(absentToday));
    }

    @Test
    void withdrawnTraineesStayOnTheSheetOutsideRatesAndRisks() {
        Row left = new Row(9, "Sif", false, Map.of(1, ABSENT, 2, ABSENT), Map.of());
        Row stays = row("Tea", Map.of(1, PRESENT, 2, PRESENT, 3, PRESENT, 4, PRESENT), Map.of());
        AttendanceSheet sheet = sheetOf(left, stays);

        assertEquals(100L, sheet.rateOn(1));
        assertEquals(List.of(), sheet.atRisk());
    }

    @Test
    void aProgrammeWithoutRequiredMakeUpsOnlyCountsDays() {
        AttendanceRule lenient = new AttendanceRule(4, false);

        assertEquals(List.of(), lenient.risksOf(2, 2));
        assertEquals(List.of(Risk.TOO_MANY_MISSED), lenient.risksOf(3, 0));
        assertEquals(List.of(Risk.TOO_MANY_MISSED, Risk.NOT_MADE_UP), AttendanceRule.DEFAULT.risksOf(2, 1));
    }
}
