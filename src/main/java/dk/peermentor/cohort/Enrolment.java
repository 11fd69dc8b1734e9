package dk.peermentor.cohort;

import java.time.LocalDate;
import java.util.Optional;

import dk.peermentor.identity.Person;
import dk.peermentor.platform.RuleViolation;
import dk.peermentor.platform.Text;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A person's place in a cohort, from application to completion or withdrawal. Status changes go
 * through the verbs below, which refuse the moves the course does not allow.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
    @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @NotNull
    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status;

    @NotNull
    @Column(name = "applied_on")
    private LocalDate appliedOn;

    @Size(max = 500)
    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "moved_from_enrolment_id", updatable = false)
    private Enrolment movedFrom;

    @Size(max = 500)
    @Column(name = "age_override_reason")
    private String ageOverrideReason;

    @Version
    private int version;

    protected Enrolment() {
        // for JPA
    }

    private Enrolment(Cohort cohort, Person person, LocalDate appliedOn) {
        if (cohort == null || person == null || appliedOn == null) {
            throw new RuleViolation("rule.required", "enrolment");
        }
        this.cohort = cohort;
        this.person = person;
        this.appliedOn = appliedOn;
        this.status = EnrolmentStatus.APPLIED;
    }

    /** A person applies for a place in a cohort. */
    public static Enrolment application(Cohort cohort, Person person, LocalDate appliedOn) {
        return new Enrolment(cohort, person, appliedOn);
    }

    /**
     * The trainee continues in {@code other} cohort: this enrolment ends (withdrawn, with the reason)
     * and a new one starts there, linked back here so the days attended here still count.
     */
    public Enrolment moveTo(Cohort other, String reason, LocalDate on) {
        if (other == null || other == cohort) {
            throw new RuleViolation("rule.enrolment.moveSameCohort");
        }
        if (!takesPart() && status != EnrolmentStatus.WAITING) {
            throw new RuleViolation("rule.enrolment.status", status, EnrolmentStatus.ENROLLED);
        }
        withdraw(reason);
        Enrolment continued = new Enrolment(other, person, on);
        continued.movedFrom = this;
        return continued;
    }

    /** Gives the applicant (or the first on the waiting list) a place. */
    public void enrol() {
        if (status != EnrolmentStatus.APPLIED && status != EnrolmentStatus.WAITING) {
            throw new RuleViolation("rule.enrolment.status", status, EnrolmentStatus.APPLIED);
        }
        status = EnrolmentStatus.ENROLLED;
    }

    /** The cohort is full: the applicant waits for a place that comes free. */
    public void putOnWaitingList() {
        requireStatus(EnrolmentStatus.APPLIED);
        status = EnrolmentStatus.WAITING;
    }

    /** The coordinator accepts someone outside the programme's age range, and says why. */
    public void acceptAgeException(String reason) {
        this.ageOverrideReason = Text.atMost(Text.required(reason, "enrolment.ageOverrideReason"), 500,
                "enrolment.ageOverrideReason");
    }

    /** The trainee leaves; the reason is kept, and so is the attendance recorded so far. */
    public void withdraw(String reason) {
        if (status != EnrolmentStatus.APPLIED && status != EnrolmentStatus.WAITING
                && status != EnrolmentStatus.ENROLLED) {
            throw new RuleViolation("rule.enrolment.status", status, EnrolmentStatus.ENROLLED);
        }
        this.withdrawalReason = Text.atMost(Text.required(reason, "enrolment.withdrawalReason"), 500,
                "enrolment.withdrawalReason");
        status = EnrolmentStatus.WITHDRAWN;
    }

    /** The trainee has been through the course. Certification is a separate decision. */
    public void complete() {
        requireStatus(EnrolmentStatus.ENROLLED);
        status = EnrolmentStatus.COMPLETED;
    }

    /** Erasure: the reason may say something personal; the fact of the withdrawal stays. */
    public void forgetWithdrawalReason() {
        if (withdrawalReason != null) {
            withdrawalReason = "-";
        }
    }

    /** Enrolled or completed trainees take part: their attendance can be recorded and corrected. */
    public boolean takesPart() {
        return status == EnrolmentStatus.ENROLLED || status == EnrolmentStatus.COMPLETED;
    }

    private void requireStatus(EnrolmentStatus expected) {
        if (status != expected) {
            throw new RuleViolation("rule.enrolment.status", status, expected);
        }
    }

    public Long id() {
        return id;
    }

    public Cohort cohort() {
        return cohort;
    }

    public Person person() {
        return person;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public LocalDate appliedOn() {
        return appliedOn;
    }

    /** The enrolment in another cohort this one continues, if the trainee was moved. */
    public Optional<Enrolment> movedFrom() {
        return Optional.ofNullable(movedFrom);
    }

    public String ageOverrideReason() {
        return ageOverrideReason;
    }

    public int version() {
        return version;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }
}
