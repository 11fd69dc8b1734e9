package dk.peermentor.materials;

import java.time.Instant;

import dk.peermentor.identity.Person;
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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A trainee's private reflections on a unit. Only its author reads it: no page or export shows it
 * to anyone else, and it goes when the person is erased.
 */
@Entity
@Table(name = "reflection_note")
public class ReflectionNote {

    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reflection_note_seq")
    @SequenceGenerator(name = "reflection_note_seq", sequenceName = "reflection_note_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person author;

    @NotNull
    @Size(max = 100)
    @Column(name = "unit_id")
    private String unitId;

    @NotNull
    @Size(max = MAX_LENGTH)
    private String body;

    @NotNull
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected ReflectionNote() {
        // for JPA
    }

    public ReflectionNote(Person author, String unitId, String body, Instant at) {
        this.author = author;
        this.unitId = unitId;
        write(body, at);
    }

    /** Replaces the text; a note is never empty (an emptied note is deleted instead). */
    public void write(String text, Instant at) {
        this.body = Text.atMost(Text.required(text, "note.body"), MAX_LENGTH, "note.body");
        this.updatedAt = at;
    }

    public String unitId() {
        return unitId;
    }

    public String body() {
        return body;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
