package dk.peermentor.matching;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What a graduate chose to tell for matching and which contact details they share. Every field is
 * optional; there is deliberately no field for health or diagnosis. Lists are stored as
 * {@code |a|b|}, so a filter can match one element exactly and case-insensitively.
 */
@Entity
@Table(name = "matching_profile")
public class MatchingProfile {

    static final int MAX_ITEMS = 10;
    static final int ITEM_MAX = 60;
    static final int ABOUT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "matching_profile_seq")
    @SequenceGenerator(name = "matching_profile_seq", sequenceName = "matching_profile_seq", allocationSize = 50)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    private String languages;

    private String interests;

    @Column(name = "activity_kinds")
    private String activityKinds;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    private String days;

    private String area;

    @Column(name = "age_band")
    private String ageBand;

    private String gender;

    private String about;

    @Column(name = "share_first_name")
    private boolean shareFirstName;

    @Column(name = "share_email")
    private boolean shareEmail;

    @Column(name = "share_phone")
    private boolean sharePhone;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected MatchingProfile() {
        // for JPA
    }

    public MatchingProfile(Person person, MentorProfile profile, Sharing sharing, Instant at) {
        this.person = person;
        describe(profile, sharing, at);
    }

    /** Replaces everything the graduate tells and shares; blank fields and items are dropped. */
    public void describe(MentorProfile profile, Sharing sharing, Instant at) {
        languages = joined(words(profile.languages(), "matching.languages"));
        interests = joined(words(profile.interests(), "matching.interests"));
        activityKinds = joined(names(profile.activityKinds()));
        frequency = profile.frequency();
        days = joined(names(profile.days()));
        area = Text.line(Text.optional(profile.area()), 100, "matching.area");
        ageBand = Text.line(Text.optional(profile.ageBand()), 40, "matching.ageBand");
        gender = Text.line(Text.optional(profile.gender()), 60, "matching.gender");
        about = Text.atMost(Text.optional(profile.about()), ABOUT_MAX, "matching.about");
        shareFirstName = sharing.firstName();
        shareEmail = sharing.email();
        sharePhone = sharing.phone();
        updatedAt = at;
    }

    public MentorProfile profile() {
        return new MentorProfile(split(languages, Function.identity()), split(interests, Function.identity()),
                split(activityKinds, ActivityKind::valueOf), frequency, split(days, DayOfWeek::valueOf), area, ageBand,
                gender, about);
    }

    public Sharing sharing() {
        return new Sharing(shareFirstName, shareEmail, sharePhone);
    }

    /** {@code "|dansk|"}: the stored form of one element, lower case, as the filters look for it. */
    static String element(String value) {
        return "|" + value.strip().replace("|", "").toLowerCase(Locale.ROOT) + "|";
    }

    private static List<String> words(List<String> items, String field) {
        if (items == null) {
            return List.of();
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String item : items) {
            // A "|" would split the item in storage; it has no meaning in a language or an interest.
            String word = Text.optional(item == null ? null : item.replace("|", " "));
            if (word != null) {
                distinct.add(Text.atMost(word, ITEM_MAX, field));
            }
        }
        if (distinct.size() > MAX_ITEMS) {
            throw new RuleViolation("rule.matching.tooMany", field, MAX_ITEMS);
        }
        return List.copyOf(distinct);
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values == null ? List.of() : values.stream().distinct().map(Enum::name).toList();
    }

    private static String joined(List<String> items) {
        return items.isEmpty() ? null : "|" + String.join("|", items) + "|";
    }

    private static <T> List<T> split(String stored, Function<String, T> parse) {
        if (stored == null) {
            return List.of();
        }
        return Arrays.stream(stored.split("\\|")).filter(s -> !s.isEmpty()).map(parse)
                .collect(Collectors.toUnmodifiableList());
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
