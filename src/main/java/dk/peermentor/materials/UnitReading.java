package dk.peermentor.materials;

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
import jakarta.validation.constraints.Size;

/** A trainee has marked a unit's materials as read. One per person and unit. */
@Entity
@Table(name = "unit_reading")
public class UnitReading {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_reading_seq")
    @SequenceGenerator(name = "unit_reading_seq", sequenceName = "unit_reading_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @NotNull
    @Size(max = 100)
    @Column(name = "unit_id")
    private String unitId;

    @NotNull
    @Column(name = "read_at")
    private Instant readAt;

    protected UnitReading() {
        // for JPA
    }

    public UnitReading(Person person, String unitId, Instant readAt) {
        this.person = person;
        this.unitId = unitId;
        this.readAt = readAt;
    }

    public String unitId() {
        return unitId;
    }

    public Instant readAt() {
        return readAt;
    }
}
