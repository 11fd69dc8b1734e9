package dk.peermentor.attendance;

import java.time.Instant;
import java.time.LocalDate;

import dk.peermentor.cohort.TeachingDay;
import dk.peermentor.identity.Person;
import dk.peermentor.platform.RuleViolation;
import dk.peermentor.platform.Time;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;

/**
 * The self check-in of one teaching day: opened by a trainer, open until they close it or the day
 * ends. Holds the secret that signs the day's QR codes ({@link CheckInCode}).
 */
@Entity
@Table(name = "check_in")
public class CheckIn {

    @Id
    @Column(name = "teaching_day_id")
    private Long id;

    @MapsId
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "teaching_day_id")
    private TeachingDay teachingDay;

    @NotNull
    private String secret;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "opened_by_id")
    private Person openedBy;

    @NotNull
    @Column(name = "opened_at")
    private Instant openedAt;

    @NotNull
    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private int version;

    protected CheckIn() {
        // for JPA
    }

    /** Opens the check-in of {@code day}; only on the day itself, which is when trainees are in the room. */
    public static CheckIn open(TeachingDay day, Person trainer, Instant now) {
        CheckIn checkIn = new CheckIn();
        checkIn.teachingDay = day;
        checkIn.secret = CheckInCode.newSecret();
        checkIn.reopen(trainer, now);
        return checkIn;
    }

    /** Opens it again after a close; the secret stays, so the codes go on counting. */
    public void reopen(Person trainer, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Time.ZONE);
        if (!teachingDay.date().equals(today)) {
            throw new RuleViolation("checkIn.refused.notToday", teachingDay.sequence());
        }
        this.openedBy = trainer;
        this.openedAt = now;
        // The end of the teaching date: a day that runs late still lets trainees in.
        this.closesAt = today.plusDays(1).atStartOfDay(Time.ZONE).toInstant();
        this.closedAt = null;
    }

    public void close(Instant now) {
        if (closedAt == null) {
            closedAt = now;
        }
    }

    /** Opened, not closed, and still the teaching day (which may have been moved since it was opened). */
    public boolean isOpenAt(Instant now) {
        return closedAt == null && now.isBefore(closesAt) && !now.isBefore(openedAt)
                && teachingDay.date().equals(LocalDate.ofInstant(now, Time.ZONE));
    }

    public TeachingDay teachingDay() {
        return teachingDay;
    }

    String secret() {
        return secret;
    }

    public Instant closesAt() {
        return closesAt;
    }
}
