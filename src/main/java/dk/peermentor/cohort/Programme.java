package dk.peermentor.cohort;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;

import dk.peermentor.platform.RuleViolation;
import dk.peermentor.platform.Text;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * teaches comes from {@code course-content/}; it sets the age range of its peer mentors.
 */
@Entity
@Table(name = "programme")
public class Programme implements Serializable {

    /** The seed project's certification rule: five of the six teaching days attended. */
    public static final int DEFAULT_DAYS_REQUIRED = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_seq")
    @SequenceGenerator(name = "programme_seq", sequenceName = "programme_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Column(name = "mentor_min_age")
    private int mentorMinAge = 18;

    @Column(name = "mentor_max_age")
    private int mentorMaxAge = 50;

    @Enumerated(EnumType.STRING)
    @Column(name = "materials_release")
    private MaterialsRelease materialsRelease = MaterialsRelease.BEFORE_DAY;

    @Column(name = "release_days_before")
    private int releaseDaysBefore = MaterialsRelease.DEFAULT_DAYS_BEFORE;

    @Column(name = "days_required")
    private int daysRequired = DEFAULT_DAYS_REQUIRED;

    @Column(name = "make_ups_required")
    private boolean makeUpsRequired = true;

    @Version
    private int version;

    protected Programme() {
        // for JPA
    }

    public Programme(String name) {
        this.name = Text.required(name, "programme.name");
    }

    /** The age range of the programme's peer mentors (18-50 in the seed project). */
    public void changeMentorAgeRange(int minAge, int maxAge) {
        if (minAge < 0 || maxAge < minAge) {
            throw new RuleViolation("rule.programme.ageRange", minAge, maxAge);
        }
        this.mentorMinAge = minAge;
        this.mentorMaxAge = maxAge;
    }

    /** When trainees see a unit's materials: all from enrolment, or each from n days before its day. */
    public void changeMaterialsRelease(MaterialsRelease release, int daysBefore) {
        if (release == null || daysBefore < 0 || daysBefore > MaterialsRelease.MAX_DAYS_BEFORE) {
            throw new RuleViolation("rule.programme.release", MaterialsRelease.MAX_DAYS_BEFORE);
        }
        this.materialsRelease = release;
        this.releaseDaysBefore = daysBefore;
    }

    /**
     * The attendance the certificate asks for: at least {@code daysRequired} of the six teaching days,
     * and, when {@code makeUpsRequired}, every missed unit made up.
     */
    public void changeCertificationRule(int daysRequired, boolean makeUpsRequired) {
        if (daysRequired < 1 || daysRequired > Cohort.TEACHING_DAYS) {
            throw new RuleViolation("rule.certificate.daysRequired", Cohort.TEACHING_DAYS);
        }
        this.daysRequired = daysRequired;
        this.makeUpsRequired = makeUpsRequired;
    }

    public int daysRequired() {
        return daysRequired;
    }

    public boolean makeUpsRequired() {
        return makeUpsRequired;
    }

    /** Whether the materials of a unit taught on {@code teachingDay} are open to its trainees on {@code today}. */
    public boolean isReleased(LocalDate teachingDay, LocalDate today) {
        return !today.isBefore(releasedOn(teachingDay));
    }

    /** The first day a trainee sees the unit of {@code teachingDay}; with release at enrolment, the minimum date. */
    public LocalDate releasedOn(LocalDate teachingDay) {
        return materialsRelease == MaterialsRelease.AT_ENROLMENT ? LocalDate.MIN : teachingDay.minusDays(releaseDaysBefore);
    }

    public MaterialsRelease materialsRelease() {
        return materialsRelease;
    }

    public int releaseDaysBefore() {
        return releaseDaysBefore;
    }

    /** Whether someone born on {@code dateOfBirth} is within the age range on {@code day}. */
    public boolean isWithinMentorAge(LocalDate dateOfBirth, LocalDate day) {
        int age = Period.between(dateOfBirth, day).getYears();
        return age >= mentorMinAge && age <= mentorMaxAge;
    }

    public int mentorMinAge() {
        return mentorMinAge;
    }

    public int mentorMaxAge() {
        return mentorMaxAge;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }
}
