package dk.peermentor.matching;

import java.time.Instant;

/**
 * One entry of the eligibility feed. {@code position} is gap-free and increases in commit order, so
 * a reader that asks for everything after the last position it saw never misses or repeats one.
 */
public record EligibilityEvent(long position, String mentorId, EligibilityChange change, Instant occurredAt) {
}
