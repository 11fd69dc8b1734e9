package dk.peermentor.matching;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import dk.peermentor.identity.Person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A person's place in the pool as last assessed: eligible or not, since when, and what the matching
 * module reported. Made the first time someone becomes eligible and kept, so their opaque public id
 * never changes. {@code shownDigest} fingerprints what the API shows, so a change is noticed.
 */
@Entity
@Table(name = "mentor_pool")
public class PoolEntry {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final MentorProfile EMPTY = new MentorProfile(List.of(), List.of(), List.of(), null, List.of(),
            null, null, null, null);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mentor_pool_seq")
    @SequenceGenerator(name = "mentor_pool_seq", sequenceName = "mentor_pool_seq", allocationSize = 50)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @Column(name = "public_id", updatable = false)
    private String publicId;

    private boolean eligible;

    @Column(name = "eligible_since")
    private Instant eligibleSince;

    @Column(name = "shown_digest")
    private String shownDigest;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_state")
    private MatchState matchState;

    @Column(name = "match_reported_at")
    private Instant matchReportedAt;

    @Column(name = "match_reported_by")
    private String matchReportedBy;

    protected PoolEntry() {
        // for JPA
    }

    PoolEntry(Person person, Instant at) {
        this.person = person;
        this.publicId = newPublicId();
        this.updatedAt = at;
    }

    /** 128 random bits as 32 lower-case hex digits: unguessable, and sorted the same by any database. */
    static String newPublicId() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }

    /**
     * Records the outcome of an assessment and says what the feed must tell, if anything: joining or
     * leaving the pool, or a change of what is shown while in it.
     */
    EligibilityChange assessed(boolean nowEligible, String digest, Instant at) {
        EligibilityChange change = null;
        if (nowEligible && !eligible) {
            change = EligibilityChange.BECAME_ELIGIBLE;
            eligibleSince = at;
        } else if (!nowEligible && eligible) {
            change = EligibilityChange.NO_LONGER_ELIGIBLE;
            eligibleSince = null;
        } else if (nowEligible && !digest.equals(shownDigest)) {
            change = EligibilityChange.UPDATED;
        }
        eligible = nowEligible;
        shownDigest = nowEligible ? digest : null;
        if (change != null) {
            updatedAt = at;
        }
        return change;
    }

    /** The matching module's report; the caller re-assesses, so the feed tells of it. */
    void reportMatch(MatchState state, String client, Instant at) {
        this.matchState = state;
        this.matchReportedBy = client;
        this.matchReportedAt = at;
    }

    /**
     * What the matching module sees of this person: contact details only where the profile shares
     * them. {@code profile} null: nothing told, nothing shared.
     */
    MentorView view(MatchingProfile profile, LocalDate certifiedOn) {
        Sharing sharing = profile == null ? Sharing.NOTHING : profile.sharing();
        MentorProfile told = profile == null ? EMPTY : profile.profile();
        return new MentorView(publicId, sharing.firstName() ? person.givenName() : null,
                sharing.email() ? person.email() : null, sharing.phone() ? person.phone() : null, told, certifiedOn,
                eligibleSince, matchState, updatedAt);
    }

    /** A fingerprint of what {@link #view} shows, times left out: equal digests, nothing new to tell. */
    static String digestOf(MentorView view) {
        MentorView shown = new MentorView(view.id(), view.firstName(), view.email(), view.phone(), view.profile(),
                view.certifiedOn(), null, view.matchState(), null);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(shown.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public String publicId() {
        return publicId;
    }

    public boolean isEligible() {
        return eligible;
    }

    public Instant eligibleSince() {
        return eligibleSince;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public MatchState matchState() {
        return matchState;
    }

    public Instant matchReportedAt() {
        return matchReportedAt;
    }

    public String matchReportedBy() {
        return matchReportedBy;
    }
}
