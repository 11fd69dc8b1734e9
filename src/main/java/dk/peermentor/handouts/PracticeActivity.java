package dk.peermentor.handouts;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

import dk.peermentor.cohort.Programme;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One line of the handout a certified peer supporter is given: an activity of the house, when and
 * where it takes place, and its lead person (tovholder) with a staff contact. Coordinators keep the
 * list; its order is theirs. The version makes two coordinators' edits collide instead of one
 * silently overwriting the other.
 */
@Entity
@Table(name = "practice_activity")
public class PracticeActivity {

    public static final int ACTIVITY_MAX_LENGTH = 120;
    public static final int SCHEDULE_MAX_LENGTH = 200;
    public static final int PLACE_MAX_LENGTH = 200;
    public static final int LEAD_PERSON_MAX_LENGTH = 120;
    public static final int CONTACT_MAX_LENGTH = 200;

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{6,}[0-9]");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_activity_seq")
    @SequenceGenerator(name = "practice_activity_seq", sequenceName = "practice_activity_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @NotBlank
    @Size(max = ACTIVITY_MAX_LENGTH)
    private String activity;

    @NotBlank
    @Size(max = SCHEDULE_MAX_LENGTH)
    private String schedule;

    @Size(max = PLACE_MAX_LENGTH)
    private String place;

    @NotBlank
    @Size(max = LEAD_PERSON_MAX_LENGTH)
    @Column(name = "lead_person")
    private String leadPerson;

    @Size(max = CONTACT_MAX_LENGTH)
    private String contact;

    private int position;

    @Version
    private int version;

    @NotNull
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PracticeActivity() {
        // for JPA
    }

    /** A new activity at {@code position} in the programme's list. */
    public PracticeActivity(Programme programme, ActivityDetails details, int position, Instant now) {
        this.programme = Objects.requireNonNull(programme, "programme");
        this.position = position;
        describe(details, now);
    }

    /** New text for every field; activity, schedule and lead person are required. */
    public void describe(ActivityDetails details, Instant now) {
        Objects.requireNonNull(details, "details");
        String newActivity = Text.atMost(Text.required(details.activity(), "handouts.activity"), ACTIVITY_MAX_LENGTH,
                "handouts.activity");
        String newSchedule = Text.atMost(Text.required(details.schedule(), "handouts.schedule"), SCHEDULE_MAX_LENGTH,
                "handouts.schedule");
        String newPlace = Text.line(Text.optional(details.place()), PLACE_MAX_LENGTH, "handouts.place");
        String newLeadPerson = Text.line(Text.required(details.leadPerson(), "handouts.leadPerson"),
                LEAD_PERSON_MAX_LENGTH, "handouts.leadPerson");
        String newContact = Text.line(Text.optional(details.contact()), CONTACT_MAX_LENGTH, "handouts.contact");
        // Checked all before any is changed, so a refusal leaves the activity as it was.
        this.activity = newActivity;
        this.schedule = newSchedule;
        this.place = newPlace;
        this.leadPerson = newLeadPerson;
        this.contact = newContact;
        this.updatedAt = now;
    }

    /** Places the activity at {@code newPosition} of the list; the service keeps the positions 1..n. */
    void moveTo(int newPosition, Instant now) {
        if (position != newPosition) {
            position = newPosition;
            updatedAt = now;
        }
    }

    /**
     * The contact as a link a phone or mail program opens: {@code mailto:} for an e-mail address,
     * {@code tel:} (digits only) for a phone number, else {@code null} and the contact is shown as text.
     */
    public String contactHref() {
        if (contact == null) {
            return null;
        }
        if (EMAIL.matcher(contact).matches()) {
            return "mailto:" + contact;
        }
        if (PHONE.matcher(contact).matches()) {
            return "tel:" + contact.replaceAll("[^+0-9]", "");
        }
        return null;
    }

    /** What the audit log keeps: the activity as the handout shows it, without the contact. */
    String describedForAudit() {
        return String.join(" · ", activity, schedule, place == null ? "–" : place, leadPerson, "#" + position);
    }

    public ActivityDetails details() {
        return new ActivityDetails(activity, schedule, place, leadPerson, contact);
    }

    public Long id() {
        return id;
    }

    public Programme programme() {
        return programme;
    }

    public String activity() {
        return activity;
    }

    public String schedule() {
        return schedule;
    }

    public String place() {
        return place;
    }

    public String leadPerson() {
        return leadPerson;
    }

    public String contact() {
        return contact;
    }

    public int position() {
        return position;
    }

    public int version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public String toString() {
        return "PracticeActivity[" + id + ", " + activity + "]";
    }
}
