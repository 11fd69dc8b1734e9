package dk.peermentor.matching;

import java.time.DayOfWeek;

/** Filters on the eligible pool; a null field does not filter. Matching is case-insensitive. */
public record MentorFilter(String area, String language, String interest, ActivityKind activityKind,
        Frequency frequency, DayOfWeek day) {

    public static final MentorFilter NONE = new MentorFilter(null, null, null, null, null, null);
}
