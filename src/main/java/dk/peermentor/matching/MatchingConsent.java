package dk.peermentor.matching;

import java.time.Instant;

import dk.peermentor.identity.Person;
import dk.peermentor.platform.RuleViolation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A graduate's consent to be offered for matching, with the version of the text they agreed to.
 * Never overwritten: withdrawing dates this row, consenting again makes a new one, so the history
 * shows every consent and its text.
 */
@Entity
@Table(name = "matching_consent")
public class MatchingConsent {

    /** The consent text now shown; a changed text gets a new version and a new bundle key. */
    public static final String CURRENT_VERSION = "matching.consent.v1";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "matching_consent_seq")
    @SequenceGenerator(name = "matching_consent_seq", sequenceName = "matching_consent_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "text_version")
    private String textVersion;

    @Column(name = "given_at")
    private Instant givenAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected MatchingConsent() {
        // for JPA
    }

    public MatchingConsent(Person person, String textVersion, Instant givenAt) {
        if (person == null || textVersion == null || givenAt == null) {
            throw new RuleViolation("rule.required", "matching.consent");
        }
        this.person = person;
        this.textVersion = textVersion;
        this.givenAt = givenAt;
    }

    public void withdraw(Instant at) {
        if (withdrawnAt != null) {
            throw new RuleViolation("rule.matching.notConsented");
        }
        this.withdrawnAt = at;
    }

    public boolean isInForce() {
        return withdrawnAt == null;
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public String textVersion() {
        return textVersion;
    }

    public Instant givenAt() {
        return givenAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
