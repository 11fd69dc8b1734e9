package dk.peermentor.matching;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One stored entry of the eligibility feed; insert-only, and it names the public id, never the person. */
@Entity
@Table(name = "eligibility_event")
public class FeedEntry {

    @Id
    @Column(updatable = false)
    private long position;

    @Column(name = "mentor_id", updatable = false)
    private String mentorId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private EligibilityChange change;

    @Column(name = "occurred_at", updatable = false)
    private Instant occurredAt;

    protected FeedEntry() {
        // for JPA
    }

    FeedEntry(long position, String mentorId, EligibilityChange change, Instant occurredAt) {
        this.position = position;
        this.mentorId = mentorId;
        this.change = change;
        this.occurredAt = occurredAt;
    }

    public EligibilityEvent event() {
        return new EligibilityEvent(position, mentorId, change, occurredAt);
    }
}
