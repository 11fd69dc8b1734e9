package dk.peermentor.cohort;

import dk.peermentor.platform.Text;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A peer-mentor education as a municipality runs it, year after year, in cohorts. The curriculum it
 * teaches comes from {@code course-content/}; its rules (age range, certification) arrive with the
 * issues that need them.
 */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_seq")
    @SequenceGenerator(name = "programme_seq", sequenceName = "programme_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Version
    private int version;

    protected Programme() {
        // for JPA
    }

    public Programme(String name) {
        this.name = Text.required(name, "programme.name");
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }
}
