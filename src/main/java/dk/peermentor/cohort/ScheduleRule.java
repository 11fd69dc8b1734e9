package dk.peermentor.cohort;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import dk.peermentor.platform.RuleViolation;

/**
 * How a cohort's teaching days fall, one a month: "the second Tuesday of the month, 09:30-15:00".
 * {@code week} is 1 to 4 for the first to fourth such weekday, or {@link #LAST} for the last.
 */
public record ScheduleRule(int week, DayOfWeek dayOfWeek, LocalTime startsAt, LocalTime endsAt) {

    public static final int LAST = -1;

    /** The weeks a rule can name, for the pages' choice: first to fourth, then last. */
    public static final List<Integer> WEEKS = List.of(1, 2, 3, 4, LAST);

    public ScheduleRule {
        if (week != LAST && (week < 1 || week > 4)) {
            throw new RuleViolation("rule.schedule.week", week);
        }
        if (dayOfWeek == null || startsAt == null || endsAt == null) {
            throw new RuleViolation("rule.required", "schedule.rule");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new RuleViolation("rule.teachingDay.endsBeforeStart", startsAt, endsAt);
        }
    }

    /** The rule of the seed projects: the second Tuesday, 09:30-15:00. */
    public static ScheduleRule secondTuesday() {
        return new ScheduleRule(2, DayOfWeek.TUESDAY, LocalTime.of(9, 30), LocalTime.of(15, 0));
    }

    /** The date this rule gives in {@code month}. */
    public LocalDate dateIn(YearMonth month) {
        LocalDate first = month.atDay(1);
        return week == LAST ? first.with(TemporalAdjusters.lastInMonth(dayOfWeek))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(week, dayOfWeek));
    }

    /** The six dates from {@code firstMonth} on, one a month. */
    public List<LocalDate> datesFrom(YearMonth firstMonth, int count) {
        List<LocalDate> dates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            dates.add(dateIn(firstMonth.plusMonths(i)));
        }
        return dates;
    }
}
