package dk.peermentor.matching;

import java.util.List;

/** One page of the eligible pool; {@code nextCursor} is null on the last page. */
public record MentorPage(List<MentorView> mentors, String nextCursor) {
}
