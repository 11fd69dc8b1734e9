package dk.peermentor.cohort;

import java.util.Optional;

import dk.peermentor.identity.Person;
import dk.peermentor.platform.RuleViolation;

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

/** A trainer teaches a whole cohort, or only some of its teaching days. */
@Entity
@Table(name = "trainer_assignment")
public class TrainerAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trainer_assignment_seq")
    @SequenceGenerator(name = "trainer_assignment_seq", sequenceName = "trainer_assignment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person trainer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "teaching_day_id")
    private TeachingDay teachingDay;

    @Version
    private int version;

    protected TrainerAssignment() {
        // for JPA
    }

    private TrainerAssignment(Cohort cohort, Person trainer, TeachingDay teachingDay) {
        if (cohort == null || trainer == null) {
            throw new RuleViolation("rule.required", "trainerAssignment");
        }
        if (teachingDay != null && teachingDay.cohort() != cohort) {
            throw new RuleViolation("rule.trainerAssignment.otherCohort", teachingDay.sequence());
        }
        this.cohort = cohort;
        this.trainer = trainer;
        this.teachingDay = teachingDay;
    }

    /** The trainer teaches every day of the cohort. */
    public static TrainerAssignment toCohort(Cohort cohort, Person trainer) {
        return new TrainerAssignment(cohort, trainer, null);
    }

    /** The trainer teaches one day of the cohort only. */
    public static TrainerAssignment toTeachingDay(TeachingDay teachingDay, Person trainer) {
        return new TrainerAssignment(teachingDay.cohort(), trainer, teachingDay);
    }

    public Long id() {
        return id;
    }

    public Cohort cohort() {
        return cohort;
    }

    public Person trainer() {
        return trainer;
    }

    /** Empty when the trainer teaches the whole cohort. */
    public Optional<TeachingDay> teachingDay() {
        return Optional.ofNullable(teachingDay);
    }
}
