package dk.peermentor.attendance;

import java.time.Instant;

import dk.peermentor.identity.Person;

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
import jakarta.validation.constraints.NotNull;

/**
 * One used check-in code: who used it and when. The unique (day, counter) row is what makes a code
 * single-use; a second trainee with the same code finds it taken.
 */
@Entity
@Table(name = "check_in_use")
public class CheckInUse {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "check_in_use_seq")
    @SequenceGenerator(name = "check_in_use_seq", sequenceName = "check_in_use_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "teaching_day_id")
    private CheckIn checkIn;

    @Column(name = "token_window")
    private long window;

    @Column(name = "token_counter")
    private int counter;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @NotNull
    @Column(name = "used_at")
    private Instant usedAt;

    protected CheckInUse() {
        // for JPA
    }

    CheckInUse(CheckIn checkIn, CheckInCode code, Person person, Instant usedAt) {
        this.checkIn = checkIn;
        this.window = code.window();
        this.counter = code.counter();
        this.person = person;
        this.usedAt = usedAt;
    }

    public Person person() {
        return person;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
