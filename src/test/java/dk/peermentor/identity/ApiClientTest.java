package dk.peermentor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.peermentor.platform.RuleViolation;

class ApiClientTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    @Test
    void aNewClientGetsA256BitTokenOfWhichOnlyTheHashIsKept() {
        ApiClient.Issued one = ApiClient.create(" Matching ", false, null, NOW);
        ApiClient.Issued two = ApiClient.create("Matching", false, null, NOW);

        assertEquals(43, one.token().length(), "32 bytes in URL-safe base64 without padding");
        assertNotEquals(one.token(), two.token());
        assertEquals(OneTimeToken.hash(one.token()), one.client().tokenHash());
        assertEquals("Matching", one.client().name());
        assertFalse(one.token().contains("."), "never mistaken for a JWT");
    }

    @Test
    void aReadOnlyClientReadsAndAReadWriteClientAlsoWrites() {
        assertEquals(Set.of(ApiScopes.READ), ApiClient.create("r", false, null, NOW).client().scopes());
        assertEquals(Set.of(ApiScopes.READ, ApiScopes.WRITE), ApiClient.create("rw", true, null, NOW).client().scopes());
    }

    @Test
    void aClientNeedsANameOfAtMostAHundredCharacters() {
        assertThrows(RuleViolation.class, () -> ApiClient.create("  ", false, null, NOW));
        assertThrows(RuleViolation.class, () -> ApiClient.create("x".repeat(101), false, null, NOW));
    }

    @Test
    void revokingKeepsTheFirstTime() {
        ApiClient client = ApiClient.create("Matching", true, null, NOW).client();
        client.revoke(NOW);
        client.revoke(NOW.plusSeconds(60));
        assertTrue(client.isRevoked());
        assertEquals(NOW, client.revokedAt());
    }

    @Test
    void lastUseIsNotedToTheMinuteSoReadsDoNotAllBecomeWrites() {
        ApiClient client = ApiClient.create("Matching", false, null, NOW).client();
        client.recordUse(NOW);
        client.recordUse(NOW.plusSeconds(59));
        assertEquals(NOW, client.lastUsedAt());
        client.recordUse(NOW.plusSeconds(60));
        assertEquals(NOW.plusSeconds(60), client.lastUsedAt());
    }

    @Test
    void aJwtKeyMayBePemOrBareBase64() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String base64 = Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
        String pem = "-----BEGIN PUBLIC KEY-----\n" + base64.replaceAll("(.{64})", "$1\n") + "\n-----END PUBLIC KEY-----\n";

        assertEquals(BearerAuthentication.parseKeys(base64).getKeys(), BearerAuthentication.parseKeys(pem).getKeys());
        assertThrows(IllegalStateException.class, () -> BearerAuthentication.parseKeys("not a key"));
    }
}
