package dk.peermentor.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dk.peermentor.platform.RuleViolation;

class PasswordPolicyTest {

    private static String refusal(String password) {
        return assertThrows(RuleViolation.class, () -> PasswordPolicy.check(password, "sofie.lund@demo.example"))
                .messageKey();
    }

    @Test
    void aPasswordNeedsTwelveCharactersAndNothingElse() {
        assertEquals("rule.password.tooShort", refusal("elleve tegn"));
        assertDoesNotThrow(() -> PasswordPolicy.check("tolv tegn ok", "sofie.lund@demo.example"));
        assertDoesNotThrow(() -> PasswordPolicy.check("alllowercaseletters", null), "no composition rules");
    }

    @Test
    void lettersBeyondAsciiCountAsOneCharacterEach() {
        assertEquals("rule.password.tooShort", refusal("æøåæøåæøåæø"));
        assertDoesNotThrow(() -> PasswordPolicy.check("blåbærgrød på", null));
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertEquals("rule.password.common", refusal("Password1234"));
        assertEquals("rule.password.common", refusal("ADGANGSKODE123"));
        assertEquals("rule.password.common", refusal("peer-demo-2026"));
        assertEquals("rule.password.common", refusal("aaaaaaaaaaaaaaaa"), "too few distinct characters");
    }

    @Test
    void thePasswordMayNotBeTheEmailAddress() {
        assertEquals("rule.password.likeEmail", refusal("sofie.lund@demo.example"));
        assertEquals("rule.password.likeEmail", refusal("my sofie.lund pass"));
    }

    @Test
    void veryLongPasswordsAreRefusedBeforeHashing() {
        assertEquals("rule.password.tooLong", refusal("x y z ".repeat(30)));
    }
}
