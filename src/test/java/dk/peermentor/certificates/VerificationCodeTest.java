package dk.peermentor.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Codes that are random enough, grouped for reading, and forgiving when typed. */
class VerificationCodeTest {

    @Test
    void aCodeHoldsSixtyRandomBitsInTwelveCrockfordCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            VerificationCode code = VerificationCode.random();
            assertTrue(code.value().matches("[0-9A-HJKMNP-TV-Z]{12}"), code.value());
            seen.add(code.value());
        }
        assertEquals(10_000, seen.size());
        assertEquals(60, VerificationCode.LENGTH * 5);
    }

    @Test
    void aCodeIsPrintedInGroupsOfFour() {
        assertEquals("7KQ2-M9XD-4RTB", new VerificationCode("7KQ2M9XD4RTB").grouped());
    }

    @Test
    void typingIsForgiving() {
        Optional<VerificationCode> expected = Optional.of(new VerificationCode("7KQ2M9XD4R10"));

        assertEquals(expected, VerificationCode.parse("7KQ2-M9XD-4R10"));
        assertEquals(expected, VerificationCode.parse("7kq2 m9xd 4r10"));
        assertEquals(expected, VerificationCode.parse(" 7KQ2M9XD4RIO "), "I and O read as 1 and 0");
        assertEquals(expected, VerificationCode.parse("7KQ2-M9XD-4RLo"), "L reads as 1");
    }

    @Test
    void whatCannotBeACodeIsRefused() {
        assertEquals(Optional.empty(), VerificationCode.parse(null));
        assertEquals(Optional.empty(), VerificationCode.parse(""));
        assertEquals(Optional.empty(), VerificationCode.parse("7KQ2-M9XD-4RT"), "too short");
        assertEquals(Optional.empty(), VerificationCode.parse("7KQ2-M9XD-4RTBX"), "too long");
        assertEquals(Optional.empty(), VerificationCode.parse("7KQ2-M9XD-4RTU"), "U is not in the alphabet");
        assertEquals(Optional.empty(), VerificationCode.parse("7KQ2/M9XD/4RTB"));
        assertEquals(Optional.empty(), VerificationCode.parse("x".repeat(1000)));
    }
}
