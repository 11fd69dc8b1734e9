package dk.peermentor.cohort;

import java.io.Serializable;
import java.time.LocalDate;

/** What the home page and the dashboards show of one cohort. */
public record CohortSummary(long id, String name, String place, CohortStatus status, LocalDate firstDay,
        LocalDate lastDay, int teachingDaysHeld, int teachingDays, LocalDate nextTeachingDay, long trainees) implements Serializable {
}
