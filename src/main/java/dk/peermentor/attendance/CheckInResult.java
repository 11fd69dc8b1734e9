package dk.peermentor.attendance;

import java.time.LocalDate;

/** What a trainee's check-in came to, for the page that tells them. */
public record CheckInResult(Outcome outcome, String cohortName, int sequence, LocalDate date, AttendanceStatus status) {

    public enum Outcome {
        /** Marked present just now. */
        CHECKED_IN,
        /** Checked in earlier with this or another code: nothing changed. */
        ALREADY_CHECKED_IN,
        /** A trainer had marked the trainee already; their mark stands. */
        ALREADY_MARKED
    }
}
