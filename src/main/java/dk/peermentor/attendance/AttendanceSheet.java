package dk.peermentor.attendance;

import java.util.List;
import java.util.Map;

import dk.peermentor.cohort.TeachingDay;

/** A cohort's attendance at a glance: one row per trainee, one column per teaching day. */
public record AttendanceSheet(long cohortId, String cohortName, List<TeachingDay> days, List<Row> rows) {

    /** One trainee's marks by teaching-day sequence; a day without a mark is missing from the map. */
    public record Row(long enrolmentId, String traineeName, Map<Integer, AttendanceStatus> marks) {

        public AttendanceStatus on(int sequence) {
            return marks.get(sequence);
        }

        public long attended() {
            return marks.values().stream().filter(AttendanceStatus::countsAsAttended).count();
        }
    }
}
