package dk.peermentor.cohort;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

import dk.peermentor.platform.RuleViolation;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One of a cohort's six teaching days: when and where it happens and which curriculum unit it teaches.
 * Created and moved only through its {@link Cohort}, which keeps the six days in order.
 */
@Entity
@Table(name = "teaching_day")
public class TeachingDay implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "teaching_day_seq")
    @SequenceGenerator(name = "teaching_day_seq", sequenceName = "teaching_day_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @Min(1)
    @Max(Cohort.TEACHING_DAYS)
    private int sequence;

    @NotNull
    @Column(name = "day_date")
    private LocalDate date;

    @NotNull
    @Column(name = "starts_at")
    private LocalTime startsAt;

    @NotNull
    @Column(name = "ends_at")
    private LocalTime endsAt;

    @NotBlank
    @Size(max = 200)
    private String place;

    @NotBlank
    @Size(max = 100)
    @Column(name = "unit_id")
    private String unitId;

    @Version
    private int version;

    protected TeachingDay() {
        // for JPA
    }

    TeachingDay(Cohort cohort, int sequence, LocalDate date, LocalTime startsAt, LocalTime endsAt, String place,
            String unitId) {
        if (sequence < 1 || sequence > Cohort.TEACHING_DAYS) {
            throw new RuleViolation("rule.teachingDay.sequence", sequence, Cohort.TEACHING_DAYS);
        }
        this.cohort = cohort;
        this.sequence = sequence;
        this.unitId = Text.required(unitId, "teachingDay.unit");
        reschedule(date, startsAt, endsAt, place);
    }

    /** Package-private: the cohort checks the order of its days before it moves one. */
    void reschedule(LocalDate date, LocalTime startsAt, LocalTime endsAt, String place) {
        if (date == null || startsAt == null || endsAt == null) {
            throw new RuleViolation("rule.required", "teachingDay.date");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new RuleViolation("rule.teachingDay.endsBeforeStart", startsAt, endsAt);
        }
        this.date = date;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = Text.line(Text.required(place, "teachingDay.place"), 200, "teachingDay.place");
    }

    /** Held once its date has come: on the day itself the roll call is open. */
    public boolean isHeldBy(LocalDate today) {
        return !date.isAfter(today);
    }

    public Long id() {
        return id;
    }

    public Cohort cohort() {
        return cohort;
    }

    public int sequence() {
        return sequence;
    }

    public LocalDate date() {
        return date;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public LocalTime endsAt() {
        return endsAt;
    }

    public String place() {
        return place;
    }

    /** The id of the curriculum unit this day teaches (see {@code course-content/course.yaml}). */
    public String unitId() {
        return unitId;
    }
}
