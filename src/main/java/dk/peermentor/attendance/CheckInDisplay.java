package dk.peermentor.attendance;

import java.io.Serializable;
/**
 * The trainer's view of a day's self check-in: whether it can be opened (on the day only), whether
 * it is open, the current code and its link, and how many of the trainees checked in themselves.
 */
public record CheckInDisplay(long teachingDayId, boolean today, boolean open, String token, String link,
        long checkedIn, long trainees) implements Serializable {
}
