package dk.peermentor.identity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import dk.peermentor.platform.Language;
import dk.peermentor.platform.RuleViolation;
import dk.peermentor.platform.Text;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Someone who takes part in the education: a trainee, a trainer or a coordinator. Holds contact
 * data only. Never add health information here: the course does not need it, and a leak would hurt.
 */
@Entity
@Table(name = "person")
public class Person implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Column(name = "given_name")
    private String givenName;

    @NotBlank
    @Size(max = 100)
    @Column(name = "family_name")
    private String familyName;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    @Size(max = 40)
    private String phone;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @NotNull
    @Column(name = "preferred_language")
    private Language preferredLanguage;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Version
    private int version;

    protected Person() {
        // for JPA
    }

    public Person(String givenName, String familyName, String email, Language preferredLanguage) {
        rename(givenName, familyName);
        changeEmail(email);
        prefer(preferredLanguage);
    }

    public void rename(String givenName, String familyName) {
        this.givenName = Text.line(Text.required(givenName, "person.givenName"), 100, "person.givenName");
        this.familyName = Text.line(Text.required(familyName, "person.familyName"), 100, "person.familyName");
    }

    /**
     * What an address may look like: dot-separated words of letters, digits and the characters mail
     * allows before the {@code @}, and a domain of letters, digits and hyphens. Narrower than
     * {@code @Email} checks at the flush, so an address the domain accepts never fails there.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
            + "@[\\p{L}\\p{N}]+(-+[\\p{L}\\p{N}]+)*(\\.[\\p{L}\\p{N}]+(-+[\\p{L}\\p{N}]+)*)*");

    /** E-mail addresses are compared case-insensitively, so they are kept in lower case. */
    public void changeEmail(String email) {
        String address = Text.line(Text.required(email, "person.email"), 254, "person.email");
        int at = address.lastIndexOf('@');
        if (at < 1 || at > 64 || !ADDRESS.matcher(address).matches()) {
            throw new RuleViolation("rule.person.email", address);
        }
        this.email = address.toLowerCase(Locale.ROOT);
    }

    public void changePhone(String phone) {
        this.phone = Text.line(Text.optional(phone), 40, "person.phone");
    }

    public void recordDateOfBirth(LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
            throw new RuleViolation("rule.person.bornInFuture", dateOfBirth);
        }
        this.dateOfBirth = dateOfBirth;
    }

    public void prefer(Language language) {
        if (language == null) {
            throw new RuleViolation("rule.required", "person.preferredLanguage");
        }
        this.preferredLanguage = language;
    }

    /**
     * Removes every personal field (GDPR art. 17). What stays is a row with no name, so enrolments,
     * attendance statistics and issued certificate numbers keep their shape without saying whose.
     */
    public void erase(Instant at) {
        if (erasedAt != null) {
            return;
        }
        givenName = "-";
        familyName = "-";
        email = "erased-" + id + "@erased.invalid";
        phone = null;
        dateOfBirth = null;
        erasedAt = at;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public Long id() {
        return id;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Language preferredLanguage() {
        return preferredLanguage;
    }
}
