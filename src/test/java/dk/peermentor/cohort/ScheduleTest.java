package dk.peermentor.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dk.peermentor.platform.RuleViolation;

class ScheduleTest {

    @Test
    void easterFollowsTheGregorianComputus() {
        assertEquals(LocalDate.of(2024, 3, 31), DanishHolidays.easterSunday(2024));
        assertEquals(LocalDate.of(2025, 4, 20), DanishHolidays.easterSunday(2025));
        assertEquals(LocalDate.of(2026, 4, 5), DanishHolidays.easterSunday(2026));
        assertEquals(LocalDate.of(2027, 3, 28), DanishHolidays.easterSunday(2027));
        assertEquals(LocalDate.of(2038, 4, 25), DanishHolidays.easterSunday(2038), "the latest Easter possible");
        assertEquals(LocalDate.of(2285, 3, 22), DanishHolidays.easterSunday(2285), "the earliest Easter possible");
    }

    @Test
    void theMovingHolidaysHangOnEaster() {
        assertEquals(Optional.of("holiday.maundyThursday"), DanishHolidays.on(LocalDate.of(2026, 4, 2)));
        assertEquals(Optional.of("holiday.goodFriday"), DanishHolidays.on(LocalDate.of(2026, 4, 3)));
        assertEquals(Optional.of("holiday.easterMonday"), DanishHolidays.on(LocalDate.of(2026, 4, 6)));
        assertEquals(Optional.of("holiday.ascensionDay"), DanishHolidays.on(LocalDate.of(2026, 5, 14)));
        assertEquals(Optional.of("holiday.whitMonday"), DanishHolidays.on(LocalDate.of(2026, 5, 25)));
        assertEquals(Optional.of("holiday.constitutionDay"), DanishHolidays.on(LocalDate.of(2026, 6, 5)));
        assertEquals(Optional.empty(), DanishHolidays.on(LocalDate.of(2026, 4, 7)));
    }

    @Test
    void greatPrayerDayWasAHolidayUntil2023Only() {
        assertEquals(Optional.of("holiday.greatPrayerDay"), DanishHolidays.on(LocalDate.of(2023, 5, 5)));
        assertEquals(Optional.empty(), DanishHolidays.on(LocalDate.of(2024, 4, 26)));
    }

    @Test
    void theSecondTuesdayRuleGivesSixDatesOneAMonth() {
        List<LocalDate> dates = ScheduleRule.secondTuesday().datesFrom(YearMonth.of(2026, 1), 6);
        assertEquals(List.of(LocalDate.of(2026, 1, 13), LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 4, 14), LocalDate.of(2026, 5, 12), LocalDate.of(2026, 6, 9)), dates);
        assertTrue(dates.stream().allMatch(d -> d.getDayOfWeek() == DayOfWeek.TUESDAY));
    }

    @Test
    void theLastWeekdayOfTheMonthIsARuleToo() {
        ScheduleRule lastThursday = new ScheduleRule(ScheduleRule.LAST, DayOfWeek.THURSDAY, LocalTime.of(10, 0),
                LocalTime.of(15, 0));
        assertEquals(LocalDate.of(2026, 4, 30), lastThursday.dateIn(YearMonth.of(2026, 4)));
    }

    @Test
    void aScheduleOverEasterWarnsAboutTheHolidayButDoesNotRefuseIt() {
        ScheduleRule firstThursday = new ScheduleRule(1, DayOfWeek.THURSDAY, LocalTime.of(9, 30), LocalTime.of(15, 0));
        List<LocalDate> dates = firstThursday.datesFrom(YearMonth.of(2026, 1), 6);
        assertEquals(LocalDate.of(2026, 4, 2), dates.get(3), "the first Thursday of April 2026 is Maundy Thursday");
        List<ScheduleWarning> warnings = ScheduleWarning.about(dates);
        assertEquals(List.of(List.of(1, "holiday.newYearsDay"), List.of(4, "holiday.maundyThursday")),
                warnings.stream().map(ScheduleWarning::arguments).toList(),
                "the first Thursday of January 2026 is New Year's Day, of April Maundy Thursday");
    }

    @Test
    void twoDaysInOneMonthAreWarnedAbout() {
        List<ScheduleWarning> warnings = ScheduleWarning.about(List.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 29)));
        assertEquals("warning.schedule.sameMonth", warnings.get(0).messageKey());
        assertEquals(List.of(2, 1), warnings.get(0).arguments());
    }

    @Test
    void aRuleNeedsARealWeekAndADayThatEndsAfterItStarts() {
        assertThrows(RuleViolation.class, () -> new ScheduleRule(5, DayOfWeek.MONDAY, LocalTime.NOON, LocalTime.of(15, 0)));
        assertThrows(RuleViolation.class, () -> new ScheduleRule(1, DayOfWeek.MONDAY, LocalTime.NOON, LocalTime.NOON));
    }
}
