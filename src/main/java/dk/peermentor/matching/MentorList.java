package dk.peermentor.matching;

import java.util.List;

/**
 * One page of eligible mentors as the API answers it.
 *
 * @param nextCursor absent on the last page
 * @param next       the address of the next page (same filters), absent on the last page
 */
public record MentorList(List<MentorView> items, String nextCursor, String next) {
}
