package dk.peermentor.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** One teaching day's roll call: every trainee taking part, with their mark so far. */
public record RollCall(long teachingDayId, long cohortId, String cohortName, int sequence, LocalDate date,
        boolean past, List<Line> lines) {

    /**
     * A trainee and their mark; {@code version} is what the next change must name (null: no mark yet).
     * {@code checkedInAt} is the time of day the trainee checked in themselves, if the mark is theirs.
     */
    public record Line(long enrolmentId, String traineeName, AttendanceStatus status, String note, Integer version,
            LocalTime checkedInAt) {
    }
}
