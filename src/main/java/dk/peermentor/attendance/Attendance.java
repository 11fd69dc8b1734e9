package dk.peermentor.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import dk.peermentor.cohort.Enrolment;
import dk.peermentor.cohort.TeachingDay;
import dk.peermentor.identity.Person;
import dk.peermentor.platform.RuleViolation;
import dk.peermentor.platform.Text;
import dk.peermentor.platform.Time;

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
 * Whether a trainee was there on a teaching day: one record per enrolment and day, with who marked
 * it and when. The version makes two trainers' simultaneous changes of one mark collide instead of
 * silently overwriting each other.
 */
@Entity
@Table(name = "attendance")
public class Attendance {

    public static final int NOTE_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_seq")
    @SequenceGenerator(name = "attendance_seq", sequenceName = "attendance_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "teaching_day_id")
    private TeachingDay teachingDay;

    @NotNull
    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;

    @Size(max = NOTE_MAX_LENGTH)
    private String note;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by_id")
    private Person recordedBy;

    @NotNull
    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private int version;

    protected Attendance() {
        // for JPA
    }

    private Attendance(Enrolment enrolment, TeachingDay teachingDay) {
        this.enrolment = enrolment;
        this.teachingDay = teachingDay;
    }

    /**
     * The first mark for a trainee on a teaching day. Refuses a day of another cohort and a trainee
     * who does not take part (applied or withdrawn).
     */
    public static Attendance record(Enrolment enrolment, TeachingDay teachingDay, AttendanceStatus status,
            String note, Person recordedBy, Instant recordedAt) {
        Objects.requireNonNull(enrolment, "enrolment");
        Objects.requireNonNull(teachingDay, "teachingDay");
        if (!Objects.equals(enrolment.cohort(), teachingDay.cohort())) {
            throw new RuleViolation("rule.attendance.otherCohort", teachingDay.sequence());
        }
        Attendance attendance = new Attendance(enrolment, teachingDay);
        attendance.mark(status, note, recordedBy, recordedAt);
        return attendance;
    }

    /**
     * Changes the mark; the latest trainer and time are kept. Before the teaching day (in Danish time)
     * only an excused absence can be recorded: nobody has been present, late or absent yet.
     */
    public void mark(AttendanceStatus status, String note, Person recordedBy, Instant recordedAt) {
        if (!enrolment.takesPart()) {
            throw new RuleViolation("rule.attendance.notTakingPart", enrolment.status());
        }
        if (status == null || recordedBy == null || recordedAt == null) {
            throw new RuleViolation("rule.required", "attendance.status");
        }
        if (!canBeRecordedOn(status, teachingDay, LocalDate.ofInstant(recordedAt, Time.ZONE))) {
            throw new RuleViolation("rule.attendance.notYet", teachingDay.sequence());
        }
        this.status = status;
        this.note = Text.atMost(Text.optional(note), NOTE_MAX_LENGTH, "attendance.note");
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Whether {@code status} can be recorded for {@code day} on {@code today}: ahead, only an excused absence. */
    public static boolean canBeRecordedOn(AttendanceStatus status, TeachingDay day, LocalDate today) {
        return status == AttendanceStatus.EXCUSED || day.isHeldBy(today);
    }

    public boolean countsAsAttended() {
        return status.countsAsAttended();
    }

    public Long id() {
        return id;
    }

    public Enrolment enrolment() {
        return enrolment;
    }

    public TeachingDay teachingDay() {
        return teachingDay;
    }

    public AttendanceStatus status() {
        return status;
    }

    /** Erasure: a trainer's note may say something personal about the trainee. */
    public void forgetNote() {
        note = null;
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

    public int version() {
        return version;
    }
}
