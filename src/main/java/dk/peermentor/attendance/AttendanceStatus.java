package dk.peermentor.attendance;

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

    /** Late and left early count as attended; an excused absence does not. */
    public boolean countsAsAttended() {
        return attended;
    }
}
