package dk.peermentor.cohort;

import java.time.YearMonth;

/** What a coordinator chooses to create a cohort: its place and size, and when and how its days fall. */
public record NewCohort(long programmeId, String name, String place, int capacity, YearMonth firstMonth,
        ScheduleRule rule) {
}
