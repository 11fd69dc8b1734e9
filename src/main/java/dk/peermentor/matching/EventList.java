package dk.peermentor.matching;

import java.util.List;

/**
 * A slice of the eligibility feed.
 *
 * @param after the position to ask after next time: the last event's, or the one asked with when empty
 */
public record EventList(List<EligibilityEvent> items, long after, String next) {
}
