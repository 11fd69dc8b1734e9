package dk.peermentor.matching;

import java.time.DayOfWeek;
import java.util.List;

/**
 * What a graduate chose to tell for matching; every field may be empty. Never health data.
 * {@code ageBand} and {@code gender} are the person's own words or choice, not derived.
 */
public record MentorProfile(List<String> languages, List<String> interests, List<ActivityKind> activityKinds,
        Frequency frequency, List<DayOfWeek> days, String area, String ageBand, String gender, String about) {
}
