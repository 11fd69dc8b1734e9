package dk.peermentor.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The feed's last position, one row. A changing transaction locks it (select ... for update) before
 * it assesses, so positions have no gaps and become visible in the order they were handed out.
 */
@Entity
@Table(name = "eligibility_counter")
public class FeedCounter {

    static final int THE_ONE = 1;

    @Id
    private int id;

    @Column(name = "last_position")
    private long lastPosition;

    protected FeedCounter() {
        // for JPA
    }

    long next() {
        return ++lastPosition;
    }
}
