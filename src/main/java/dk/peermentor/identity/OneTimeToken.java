package dk.peermentor.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A single-use link for setup, invitation or password reset. The secret goes into the link only;
 * the database keeps its SHA-256, so a copy of the database opens no account.
 */
@Entity
@Table(name = "one_time_token")
public class OneTimeToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "one_time_token_seq")
    @SequenceGenerator(name = "one_time_token_seq", sequenceName = "one_time_token_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private TokenPurpose purpose;

    @Column(name = "token_hash", updatable = false)
    private String tokenHash;

    @ManyToOne
    @JoinColumn(name = "account_id", updatable = false)
    private Account account;

    @Column(name = "issued_at", updatable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected OneTimeToken() {
        // for JPA
    }

    private OneTimeToken(TokenPurpose purpose, String tokenHash, Account account, Instant issuedAt) {
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.account = account;
        this.issuedAt = issuedAt;
        this.expiresAt = issuedAt.plus(purpose.validity());
    }

    /** A new token with a fresh 256-bit secret; the secret is returned once and never stored. */
    public static Issued issue(TokenPurpose purpose, Account account, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new OneTimeToken(purpose, hash(secret), account, now), secret);
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether the link may still be used for {@code wanted} at {@code now}. */
    public boolean isUsableFor(TokenPurpose wanted, Instant now) {
        return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    /** Spends the token. The caller has checked {@link #isUsableFor}. */
    public void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("token already used");
        }
        usedAt = now;
    }

    public Long id() {
        return id;
    }

    public TokenPurpose purpose() {
        return purpose;
    }

    public Account account() {
        return account;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** A token and the secret that goes into its link. */
    public record Issued(OneTimeToken token, String secret) {
    }
}
