package dk.peermentor.cohort;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import dk.peermentor.identity.OneTimeToken;
import dk.peermentor.identity.Person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A person's calendar subscription: a secret address a calendar app polls without logging in. Only
 * the hash of the secret is kept; a new address replaces the old, and stopping deletes it.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_feed_seq")
    @SequenceGenerator(name = "calendar_feed_seq", sequenceName = "calendar_feed_seq", allocationSize = 50)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CalendarFeed() {
        // for JPA
    }

    public CalendarFeed(Person person) {
        this.person = person;
    }

    /** A fresh secret (returned once, never stored) replacing any earlier one. */
    public String renew(Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokenHash = OneTimeToken.hash(secret);
        createdAt = now;
        return secret;
    }

    public Person person() {
        return person;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
