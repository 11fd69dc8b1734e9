package dk.peermentor.cohort;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dk.peermentor.curriculum.Curriculum;
import dk.peermentor.platform.RuleViolation;
import dk.peermentor.platform.Text;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A group of volunteers who take the course together: six teaching days, one a month. The cohort
 * owns its teaching days and keeps them in order: day 2 always falls after day 1.
 */
@Entity
@Table(name = "cohort")
public class Cohort implements Serializable {

    /** The course has six teaching days, one a month over six months. */
    public static final int TEACHING_DAYS = Curriculum.TEACHING_DAYS;

    /** The seed projects ran groups of 10-15; coordinators may choose otherwise. */
    public static final int DEFAULT_CAPACITY = 15;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cohort_seq")
    @SequenceGenerator(name = "cohort_seq", sequenceName = "cohort_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 200)
    private String place;

    @Min(1)
    private int capacity;

    @OneToMany(mappedBy = "cohort", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    private List<TeachingDay> teachingDays = new ArrayList<>();

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Size(max = 500)
    @Column(name = "cancellation_reason")
    private String cancellationReason;

    @Version
    private int version;

    protected Cohort() {
        // for JPA
    }

    public Cohort(Programme programme, String name, String place, int capacity) {
        if (programme == null) {
            throw new RuleViolation("rule.required", "cohort.programme");
        }
        if (capacity < 1) {
            throw new RuleViolation("rule.cohort.capacity", capacity);
        }
        this.programme = programme;
        this.name = Text.line(Text.required(name, "cohort.name"), 200, "cohort.name");
        this.place = Text.line(Text.required(place, "cohort.place"), 200, "cohort.place");
        this.capacity = capacity;
    }

    /**
     * Schedules teaching day {@code sequence} (1-6). Refuses a second day with the same number and a
     * date that would put the day out of order with the days already scheduled.
     */
    public TeachingDay scheduleTeachingDay(int sequence, LocalDate date, LocalTime startsAt, LocalTime endsAt,
            String place, String unitId) {
        if (teachingDay(sequence).isPresent()) {
            throw new RuleViolation("rule.teachingDay.alreadyScheduled", sequence);
        }
        requireInOrder(sequence, date);
        TeachingDay day = new TeachingDay(this, sequence, date, startsAt, endsAt, place, unitId);
        teachingDays.add(day);
        teachingDays.sort((a, b) -> Integer.compare(a.sequence(), b.sequence()));
        return day;
    }

    /** Moves one teaching day to another date, time or place, keeping the six days in order. */
    public void moveTeachingDay(int sequence, LocalDate date, LocalTime startsAt, LocalTime endsAt, String place) {
        TeachingDay day = teachingDay(sequence)
                .orElseThrow(() -> new RuleViolation("rule.teachingDay.notScheduled", sequence));
        requireInOrder(sequence, date);
        day.reschedule(date, startsAt, endsAt, place);
    }

    /**
     * Gives all six days new dates and times at once (a new first month or rule), keeping each day's
     * place. The new dates must be in order, day 1 first.
     */
    public void rescheduleAll(List<LocalDate> dates, LocalTime startsAt, LocalTime endsAt) {
        if (dates.size() != teachingDays.size()) {
            throw new RuleViolation("rule.teachingDay.sequence", dates.size(), TEACHING_DAYS);
        }
        for (int i = 1; i < dates.size(); i++) {
            if (!dates.get(i).isAfter(dates.get(i - 1))) {
                throw new RuleViolation("rule.teachingDay.outOfOrder", i + 1, dates.get(i), i, dates.get(i - 1));
            }
        }
        for (int i = 0; i < dates.size(); i++) {
            TeachingDay day = inSequence().get(i);
            day.reschedule(dates.get(i), startsAt, endsAt, day.place());
        }
    }

    private void requireInOrder(int sequence, LocalDate date) {
        for (TeachingDay other : teachingDays) {
            boolean outOfOrder = other.sequence() < sequence && !other.date().isBefore(date)
                    || other.sequence() > sequence && !other.date().isAfter(date);
            if (other.sequence() != sequence && outOfOrder) {
                throw new RuleViolation("rule.teachingDay.outOfOrder", sequence, date, other.sequence(), other.date());
            }
        }
    }

    /** Called off before it ended; the reason is kept. A cancelled cohort stays cancelled. */
    public void cancel(String reason, Instant at) {
        if (cancelledAt != null) {
            return;
        }
        this.cancellationReason = Text.atMost(Text.required(reason, "cohort.cancellationReason"), 500,
                "cohort.cancellationReason");
        this.cancelledAt = at;
    }

    /** Room for {@code enrolled} trainees already taking part? */
    public boolean hasRoomBeside(long enrolled) {
        return enrolled < capacity;
    }

    /** Changes name, place and capacity; the teaching days keep their own places. */
    public void describe(String name, String place, int capacity) {
        if (capacity < 1) {
            throw new RuleViolation("rule.cohort.capacity", capacity);
        }
        this.name = Text.line(Text.required(name, "cohort.name"), 200, "cohort.name");
        this.place = Text.line(Text.required(place, "cohort.place"), 200, "cohort.place");
        this.capacity = capacity;
    }

    /** Planned until its first day, running until the last has passed, then completed; or cancelled. */
    public CohortStatus status(LocalDate today) {
        if (cancelledAt != null) {
            return CohortStatus.CANCELLED;
        }
        List<TeachingDay> days = inSequence();
        if (days.size() < TEACHING_DAYS || today.isBefore(days.get(0).date())) {
            return CohortStatus.PLANNED;
        }
        return today.isAfter(days.get(TEACHING_DAYS - 1).date()) ? CohortStatus.COMPLETED
                : CohortStatus.RUNNING;
    }

    public int teachingDaysHeld(LocalDate today) {
        return (int) teachingDays.stream().filter(day -> day.isHeldBy(today)).count();
    }

    /** The first teaching day on or after {@code today}, if any is left. */
    public Optional<TeachingDay> nextTeachingDay(LocalDate today) {
        return inSequence().stream().filter(day -> !day.date().isBefore(today)).findFirst();
    }

    public Optional<TeachingDay> teachingDay(int sequence) {
        return teachingDays.stream().filter(day -> day.sequence() == sequence).findFirst();
    }

    /** The six days in sequence. */
    public List<TeachingDay> teachingDays() {
        return inSequence();
    }

    /**
     * The days sorted by sequence. {@code @OrderBy} orders the list only when JPA loads it on its own;
     * a query that fetches the days with the cohort ({@code join fetch}) fills it in the database's row
     * order, which PostgreSQL does not keep as H2 happens to.
     */
    private List<TeachingDay> inSequence() {
        return teachingDays.stream().sorted(Comparator.comparingInt(TeachingDay::sequence)).toList();
    }

    public Long id() {
        return id;
    }

    public Programme programme() {
        return programme;
    }

    public String name() {
        return name;
    }

    public String place() {
        return place;
    }

    public int capacity() {
        return capacity;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public int version() {
        return version;
    }
}
