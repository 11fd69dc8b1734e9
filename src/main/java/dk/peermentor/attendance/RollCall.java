package dk.peermentor.attendance;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One teaching day's roll call: every trainee taking part, with their mark so far. {@code past}: the day
 * is over, changes are corrections; {@code upcoming}: the day has not come, only excused absences can
 * be recorded.
 */
public record RollCall(long teachingDayId, long cohortId, String cohortName, int sequence, LocalDate date,
        boolean past, boolean upcoming, List<Line> lines) implements Serializable {

    /** The same roll call with one trainee's line replaced, after a mark was saved. */
    public RollCall with(Line changed) {
        return new RollCall(teachingDayId, cohortId, cohortName, sequence, date, past, upcoming, lines.stream()
                .map(line -> line.enrolmentId() == changed.enrolmentId() ? changed : line).toList());
    }

    /**
     * A trainee and their mark; {@code version} is what the next change must name (null: no mark yet).
     * {@code checkedInAt} is the time of day the trainee checked in themselves, if the mark is theirs.
     */
    public record Line(long enrolmentId, String traineeName, AttendanceStatus status, String note, Integer version,
            LocalTime checkedInAt) implements Serializable {
    }
}
