package dk.peermentor.matching;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One eligible mentor as the matching module sees it: only what the person consented to share.
 * {@code id} is stable and opaque (never the database key); {@code firstName}, {@code email} and
 * {@code phone} are null unless the person chose to share them. {@code matchState} is null until
 * the matching module reports one. {@code updatedAt} changes whenever anything shown here changes.
 */
public record MentorView(String id, String firstName, String email, String phone, MentorProfile profile,
        LocalDate certifiedOn, Instant eligibleSince, MatchState matchState, Instant updatedAt) {
}
