package dk.peermentor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class OneTimeTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void aSecretIs256RandomBitsAndOnlyItsHashIsKept() {
        OneTimeToken.Issued one = OneTimeToken.issue(TokenPurpose.INVITATION, null, ISSUED);
        OneTimeToken.Issued two = OneTimeToken.issue(TokenPurpose.INVITATION, null, ISSUED);
        assertEquals(43, one.secret().length(), "32 bytes in URL-safe base64 without padding");
        assertNotEquals(one.secret(), two.secret());
        assertEquals(64, OneTimeToken.hash(one.secret()).length());
        assertNotEquals(one.secret(), OneTimeToken.hash(one.secret()));
    }

    @Test
    void anInvitationIsUsableFor72HoursAndAResetForOne() {
        OneTimeToken invitation = OneTimeToken.issue(TokenPurpose.INVITATION, null, ISSUED).token();
        assertTrue(invitation.isUsableFor(TokenPurpose.INVITATION, ISSUED.plus(Duration.ofHours(72)).minusSeconds(1)));
        assertFalse(invitation.isUsableFor(TokenPurpose.INVITATION, ISSUED.plus(Duration.ofHours(72))));

        OneTimeToken reset = OneTimeToken.issue(TokenPurpose.PASSWORD_RESET, null, ISSUED).token();
        assertTrue(reset.isUsableFor(TokenPurpose.PASSWORD_RESET, ISSUED.plus(Duration.ofMinutes(59))));
        assertFalse(reset.isUsableFor(TokenPurpose.PASSWORD_RESET, ISSUED.plus(Duration.ofMinutes(60))));
        assertFalse(reset.isUsableFor(TokenPurpose.INVITATION, ISSUED), "a reset link is not an invitation");
    }

    @Test
    void aTokenWorksOnce() {
        OneTimeToken token = OneTimeToken.issue(TokenPurpose.INVITATION, null, ISSUED).token();
        token.use(ISSUED.plusSeconds(5));
        assertFalse(token.isUsableFor(TokenPurpose.INVITATION, ISSUED.plusSeconds(6)));
        assertThrows(IllegalStateException.class, () -> token.use(ISSUED.plusSeconds(7)));
    }
}
