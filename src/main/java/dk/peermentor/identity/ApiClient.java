package dk.peermentor.identity;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import dk.peermentor.platform.RuleViolation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A named client of the matching API (/api/v1) with its bearer token. Like {@link OneTimeToken},
 * only the token's SHA-256 is kept: the token is shown once, when the client is created.
 */
@Entity
@Table(name = "api_client")
public class ApiClient {

    public static final int NAME_MAX = 100;
    /** The prefix of the principal name an API client is logged in with. */
    public static final String PRINCIPAL_PREFIX = "api-client:";

    private static final SecureRandom RANDOM = new SecureRandom();
    // Writing "last used" on every request would turn each read into a write; a minute is precise enough.
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_client_seq")
    @SequenceGenerator(name = "api_client_seq", sequenceName = "api_client_seq", allocationSize = 50)
    private Long id;

    @Column(updatable = false)
    private String name;

    @Column(name = "token_hash", updatable = false)
    private String tokenHash;

    @Column(name = "may_write", updatable = false)
    private boolean mayWrite;

    @ManyToOne
    @JoinColumn(name = "created_by", updatable = false)
    private Account createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiClient() {
        // for JPA
    }

    private ApiClient(String name, String tokenHash, boolean mayWrite, Account createdBy, Instant createdAt) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.mayWrite = mayWrite;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A new client with a fresh 256-bit token; the token is returned once and never stored. */
    public static Issued create(String name, boolean mayWrite, Account createdBy, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return withToken(name, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), mayWrite, createdBy, now);
    }

    /** A client with a token chosen by the caller: only for the demo profile, whose token is published. */
    public static Issued withToken(String name, String token, boolean mayWrite, Account createdBy, Instant now) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new RuleViolation("apiClients.nameRequired");
        }
        if (trimmed.length() > NAME_MAX) {
            throw new RuleViolation("apiClients.nameTooLong", NAME_MAX);
        }
        return new Issued(new ApiClient(trimmed, OneTimeToken.hash(token), mayWrite, createdBy, now), token);
    }

    /** Revoked clients are refused from the next request on. Revoking twice changes nothing. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void recordUse(Instant now) {
        if (lastUsedAt == null || !now.isBefore(lastUsedAt.plus(LAST_USED_PRECISION))) {
            lastUsedAt = now;
        }
    }

    /** The groups the client is logged in with. */
    public Set<String> scopes() {
        return mayWrite ? Set.of(ApiScopes.READ, ApiScopes.WRITE) : Set.of(ApiScopes.READ);
    }

    public String principalName() {
        return PRINCIPAL_PREFIX + id;
    }

    /** How the audit log and the coordinator name the client. */
    public String describedForAudit() {
        return name + " (" + principalName() + (mayWrite ? ", read-write" : ", read-only") + ")";
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    String tokenHash() {
        return tokenHash;
    }

    public boolean mayWrite() {
        return mayWrite;
    }

    public Account createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** A client and its token, which the coordinator is shown once. */
    public record Issued(ApiClient client, String token) {
    }
}
