package dk.peermentor.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.peermentor.platform.RuleViolation;

/** The profile keeps what the graduate typed, drops what is blank, and bounds the rest; the cursor is opaque but checked. */
class MatchingProfileTest {

    @Test
    void blankFieldsAndItemsAreDroppedAndDuplicatesKeptOnce() {
        MatchingProfile profile = new MatchingProfile(null, new MentorProfile(List.of(" Dansk ", "", "Dansk", "Engelsk"),
                Arrays.asList("Strik", null), List.of(ActivityKind.SPORT, ActivityKind.SPORT), null,
                List.of(DayOfWeek.MONDAY), "  ", null, null, " "), Sharing.NOTHING, Instant.EPOCH);
        MentorProfile told = profile.profile();
        assertEquals(List.of("Dansk", "Engelsk"), told.languages());
        assertEquals(List.of("Strik"), told.interests());
        assertEquals(List.of(ActivityKind.SPORT), told.activityKinds());
        assertEquals(List.of(DayOfWeek.MONDAY), told.days());
        assertNull(told.area());
        assertNull(told.about());
    }

    @Test
    void aBarInAnItemCannotSplitIt() {
        MatchingProfile profile = new MatchingProfile(null, new MentorProfile(List.of("a|b"), List.of(), List.of(), null,
                List.of(), null, null, null, null), Sharing.NOTHING, Instant.EPOCH);
        assertEquals(List.of("a b"), profile.profile().languages());
    }

    @Test
    void tooManyItemsAreRefused() {
        List<String> eleven = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
        assertThrows(RuleViolation.class, () -> new MatchingProfile(null, new MentorProfile(eleven, List.of(), List.of(),
                null, List.of(), null, null, null, null), Sharing.NOTHING, Instant.EPOCH));
    }

    @Test
    void aCursorRoundTripsAndAMadeUpOneIsRefused() {
        String id = PoolEntry.newPublicId();
        assertEquals(32, id.length());
        assertEquals(id, MentorPool.afterOf(MentorPool.cursorAfter(id)));
        assertNull(MentorPool.afterOf(null));
        for (String bad : List.of("not base64!", "YWJj", MentorPool.cursorAfter("../../etc"))) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> MentorPool.afterOf(bad));
            assertEquals("rule.matching.badCursor", refused.messageKey());
        }
    }
}
