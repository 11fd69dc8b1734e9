package dk.peermentor.matching;

import java.time.Instant;

import dk.peermentor.identity.Person;
import dk.peermentor.platform.RuleViolation;
import dk.peermentor.platform.Text;

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
 * A coordinator takes a graduate out of the pool for a while, saying why. Lifting keeps the row, so
 * the person's history shows the pause and its end.
 */
@Entity
@Table(name = "matching_pause")
public class MatchingPause {

    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "matching_pause_seq")
    @SequenceGenerator(name = "matching_pause_seq", sequenceName = "matching_pause_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    private String reason;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "paused_by")
    private Person pausedBy;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lifted_by")
    private Person liftedBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    protected MatchingPause() {
        // for JPA
    }

    public MatchingPause(Person person, String reason, Person by, Instant at) {
        this.person = person;
        this.reason = Text.atMost(Text.required(reason, "matching.pauseReason"), REASON_MAX, "matching.pauseReason");
        this.pausedBy = by;
        this.pausedAt = at;
    }

    public void lift(Person by, Instant at) {
        if (liftedAt != null) {
            throw new RuleViolation("rule.matching.notPaused");
        }
        this.liftedBy = by;
        this.liftedAt = at;
    }

    public boolean isInForce() {
        return liftedAt == null;
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public String reason() {
        return reason;
    }

    public Person pausedBy() {
        return pausedBy;
    }

    public Instant pausedAt() {
        return pausedAt;
    }

    public Person liftedBy() {
        return liftedBy;
    }

    public Instant liftedAt() {
        return liftedAt;
    }
}
