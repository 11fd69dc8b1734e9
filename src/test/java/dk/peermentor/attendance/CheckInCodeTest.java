package dk.peermentor.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CheckInCodeTest {

    private static final String SECRET = CheckInCode.newSecret();
    private static final long DAY = 51;
    /** The start of a 30-second window. */
    private static final Instant NOW = Instant.ofEpochSecond(1_790_000_010L);

    @Test
    void aCodeNamesItsWindowAndCounterAndIsSignedForItsDay() {
        CheckInCode code = CheckInCode.issue(SECRET, DAY, NOW, 3);
        assertTrue(code.token().matches("\\d+\\.3\\.[A-Za-z0-9_-]{16}"), code.token());
        assertEquals(NOW.getEpochSecond() / 30, code.window());
        assertEquals(code, CheckInCode.verify(SECRET, DAY, code.token()).orElseThrow());
    }

    @Test
    void theCodeChangesWithTheWindowAndWithEveryUse() {
        String first = CheckInCode.issue(SECRET, DAY, NOW, 0).token();
        assertEquals(first, CheckInCode.issue(SECRET, DAY, NOW.plusSeconds(29), 0).token(), "same window, same code");
        assertNotEquals(first, CheckInCode.issue(SECRET, DAY, NOW.plusSeconds(30), 0).token());
        assertNotEquals(first, CheckInCode.issue(SECRET, DAY, NOW, 1).token());
    }

    @Test
    void aCodeOfAnotherDayOrSecretOrAlteredDoesNotVerify() {
        String token = CheckInCode.issue(SECRET, DAY, NOW, 0).token();
        assertTrue(CheckInCode.verify(SECRET, DAY + 1, token).isEmpty(), "another cohort's day");
        assertTrue(CheckInCode.verify(CheckInCode.newSecret(), DAY, token).isEmpty(), "another secret");
        String otherCounter = token.replaceFirst("\\.0\\.", ".1.");
        assertTrue(CheckInCode.verify(SECRET, DAY, otherCounter).isEmpty(), "counter changed by hand");
        for (String garbage : new String[] {null, "", "abc", "1.2", token + "x", "1.2.!!!!!!!!!!!!!!!!"}) {
            assertTrue(CheckInCode.verify(SECRET, DAY, garbage).isEmpty(), String.valueOf(garbage));
        }
    }

    @Test
    void aCodeWorksInItsWindowAndTheNextOnlySoAtMostAMinute() {
        CheckInCode code = CheckInCode.issue(SECRET, DAY, NOW, 0);
        assertTrue(code.isCurrentAt(NOW));
        assertTrue(code.isCurrentAt(NOW.plusSeconds(59)), "just replaced on the screen, still loading on the phone");
        assertFalse(code.isCurrentAt(NOW.plusSeconds(60)), "two windows later: expired");
        assertFalse(code.isCurrentAt(NOW.minusSeconds(1)), "a code from the future was not issued");
    }
}
