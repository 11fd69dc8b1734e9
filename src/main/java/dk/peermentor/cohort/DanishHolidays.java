package dk.peermentor.cohort;

import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The days in Denmark when a teaching day is a bad idea: the public holidays (helligdage), computed
 * from Easter where they move, and the days most workplaces close (Constitution Day, Christmas Eve,
 * New Year's Eve). Great Prayer Day counts until 2023, its last year.
 */
public final class DanishHolidays {

    private DanishHolidays() {
    }

    /** The holiday on {@code date}, as the key of its name in the bundles ({@code holiday.*}). */
    public static Optional<String> on(LocalDate date) {
        return Optional.ofNullable(of(date.getYear()).get(date));
    }

    /** Every holiday of {@code year}, by date, as bundle keys. */
    public static Map<LocalDate, String> of(int year) {
        LocalDate easter = easterSunday(year);
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), "holiday.newYearsDay");
        days.put(easter.minusDays(3), "holiday.maundyThursday");
        days.put(easter.minusDays(2), "holiday.goodFriday");
        days.put(easter, "holiday.easterSunday");
        days.put(easter.plusDays(1), "holiday.easterMonday");
        if (year <= 2023) {
            days.put(easter.plusDays(26), "holiday.greatPrayerDay");
        }
        days.put(easter.plusDays(39), "holiday.ascensionDay");
        days.put(easter.plusDays(49), "holiday.whitSunday");
        days.put(easter.plusDays(50), "holiday.whitMonday");
        days.put(LocalDate.of(year, Month.JUNE, 5), "holiday.constitutionDay");
        days.put(LocalDate.of(year, Month.DECEMBER, 24), "holiday.christmasEve");
        days.put(LocalDate.of(year, Month.DECEMBER, 25), "holiday.christmasDay");
        days.put(LocalDate.of(year, Month.DECEMBER, 26), "holiday.boxingDay");
        days.put(LocalDate.of(year, Month.DECEMBER, 31), "holiday.newYearsEve");
        return days;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
