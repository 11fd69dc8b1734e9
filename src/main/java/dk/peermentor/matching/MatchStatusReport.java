package dk.peermentor.matching;

import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /eligible-mentors/{id}/match-status}: what the matching module reports. */
public record MatchStatusReport(@NotNull MatchState state) {
}
