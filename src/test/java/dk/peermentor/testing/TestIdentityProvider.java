package dk.peermentor.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/** The identity provider whose JWTs the shared deployment trusts (MicroProfile JWT's key and issuer). */
public final class TestIdentityProvider {

    public static final String ISSUER = "https://idp.fjordby.example/realms/matching";
    /** The provider's signing key: made once per test run, its public half given to the deployment. */
    public static final KeyPair KEY = rsaKey();

    private TestIdentityProvider() {
    }

    static Map<String, String> configuration() {
        return Map.of("mp.jwt.verify.publickey", Base64.getEncoder().encodeToString(KEY.getPublic().getEncoded()),
                "mp.jwt.verify.issuer", ISSUER);
    }

    /** A key nobody trusts. */
    public static KeyPair rsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
