package dk.peermentor.attendance;

import java.util.Arrays;
import java.util.List;

/** What a trainer marks for a trainee on a teaching day. */
public enum AttendanceStatus {
    PRESENT(true),
    LATE(true),
    LEFT_EARLY(true),
    EXCUSED(false),
    ABSENT(false);

    private final boolean attended;

    AttendanceStatus(boolean attended) {
        this.attended = attended;
    }

    /** The statuses that count as attended: Present, Late, Left early; an excused absence does not. */
    public static List<AttendanceStatus> attended() {
        return Arrays.stream(values()).filter(AttendanceStatus::countsAsAttended).toList();
    }

    public boolean countsAsAttended() {
        return attended;
    }
}
