package dk.peermentor.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import dk.peermentor.cohort.Enrolment;
import dk.peermentor.cohort.TeachingDay;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A teaching day a trainee missed, made up: as a guest on the same unit's day in another cohort, or
 * in a catch-up conversation with a trainer. It counts for the missed unit only; it does not turn
 * the missed day into an attended one.
 */
@Entity
@Table(name = "make_up")
public class MakeUp {

    public static final int NOTE_MAX_LENGTH = Attendance.NOTE_MAX_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "make_up_seq")
    @SequenceGenerator(name = "make_up_seq", sequenceName = "make_up_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "missed_day_id")
    private TeachingDay missedDay;

    @NotNull
    @Enumerated(EnumType.STRING)
    private MakeUpKind kind;

    /** The other cohort's day the trainee joined as a guest; none for a conversation. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "host_day_id")
    private TeachingDay hostDay;

    @NotNull
    @Column(name = "held_on")
    private LocalDate heldOn;

    @Size(max = NOTE_MAX_LENGTH)
    private String note;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by_id")
    private Person recordedBy;

    @NotNull
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected MakeUp() {
        // for JPA
    }

    private MakeUp(Enrolment enrolment, TeachingDay missedDay, MakeUpKind kind, TeachingDay hostDay,
            LocalDate heldOn, String note, Person recordedBy, Instant recordedAt) {
        this.enrolment = enrolment;
        this.missedDay = missedDay;
        this.kind = kind;
        this.hostDay = hostDay;
        this.heldOn = heldOn;
        this.note = note;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /**
     * The trainee joined {@code hostDay}, the same unit in another cohort, for the day they missed.
     * {@code missedMark} is their mark on the missed day, if any.
     */
    public static MakeUp asGuest(Enrolment enrolment, TeachingDay missedDay, Attendance missedMark,
            TeachingDay hostDay, Person recordedBy, Instant recordedAt, LocalDate today) {
        requireMissed(enrolment, missedDay, missedMark, today);
        if (Objects.equals(hostDay.cohort(), enrolment.cohort())) {
            throw new RuleViolation("rule.makeUp.ownCohort");
        }
        if (!hostDay.unitId().equals(missedDay.unitId())) {
            throw new RuleViolation("rule.makeUp.otherUnit", hostDay.sequence(), missedDay.sequence());
        }
        if (hostDay.date().isAfter(today)) {
            throw new RuleViolation("rule.makeUp.notYetHeld");
        }
        return new MakeUp(enrolment, missedDay, MakeUpKind.GUEST, hostDay, hostDay.date(), null, recordedBy,
                recordedAt);
    }

    /** A trainer went through the missed unit with the trainee on {@code heldOn}; the note says how. */
    public static MakeUp byConversation(Enrolment enrolment, TeachingDay missedDay, Attendance missedMark,
            LocalDate heldOn, String note, Person recordedBy, Instant recordedAt, LocalDate today) {
        requireMissed(enrolment, missedDay, missedMark, today);
        if (heldOn == null) {
            throw new RuleViolation("rule.required", "makeUp.heldOn");
        }
        if (heldOn.isAfter(today)) {
            throw new RuleViolation("rule.makeUp.notYetHeld");
        }
        String required = Text.atMost(Text.required(note, "makeUp.note"), NOTE_MAX_LENGTH, "makeUp.note");
        return new MakeUp(enrolment, missedDay, MakeUpKind.CONVERSATION, null, heldOn, required, recordedBy,
                recordedAt);
    }

    /** Only a held day of the trainee's own cohort that they did not attend can be made up. */
    private static void requireMissed(Enrolment enrolment, TeachingDay missedDay, Attendance missedMark,
            LocalDate today) {
        Objects.requireNonNull(enrolment, "enrolment");
        Objects.requireNonNull(missedDay, "missedDay");
        if (!enrolment.takesPart()) {
            throw new RuleViolation("rule.attendance.notTakingPart", enrolment.status());
        }
        if (!Objects.equals(missedDay.cohort(), enrolment.cohort())) {
            throw new RuleViolation("rule.attendance.otherCohort", missedDay.sequence());
        }
        if (missedDay.date().isAfter(today)) {
            throw new RuleViolation("rule.makeUp.dayAhead", missedDay.sequence());
        }
        if (missedMark != null && missedMark.countsAsAttended()) {
            throw new RuleViolation("rule.makeUp.attended", missedDay.sequence());
        }
    }

    /** Erasure: a trainer's note may say something personal about the trainee. */
    public void forgetNote() {
        if (note != null) {
            note = "-";
        }
    }

    public Long id() {
        return id;
    }

    public Enrolment enrolment() {
        return enrolment;
    }

    public TeachingDay missedDay() {
        return missedDay;
    }

    public MakeUpKind kind() {
        return kind;
    }

    public TeachingDay hostDay() {
        return hostDay;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String note() {
        return note;
    }

    public Person recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
