package dk.peermentor.certificates;

import java.time.Instant;
import java.time.LocalDate;

import dk.peermentor.cohort.Enrolment;
import dk.peermentor.identity.Person;
import dk.peermentor.platform.Language;
import dk.peermentor.platform.RuleViolation;

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

/**
 * The certificate of one trainee for one cohort (the database allows one per enrolment): its number
 * ({@code 2026-0042}), verification code and issue date never change, so every export shows the
 * same certificate. Revoking keeps it on record with who, when and why.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    private String number;

    @Column(name = "issue_year")
    private int issueYear;

    private int serial;

    @Column(name = "verification_code")
    private String verificationCode;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "issued_by")
    private Person issuedBy;

    private Language language;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revoked_by")
    private Person revokedBy;

    @Column(name = "revocation_reason")
    private String revocationReason;

    @Version
    private int version;

    protected Certificate() {
        // for JPA
    }

    /** Issues the certificate with the next serial of its year; the caller holds the year's counter. */
    public static Certificate issue(Enrolment enrolment, int year, int serial, VerificationCode code,
            LocalDate issuedOn, Person by, Language language) {
        Certificate certificate = new Certificate();
        certificate.enrolment = enrolment;
        certificate.issueYear = year;
        certificate.serial = serial;
        certificate.number = numberOf(year, serial);
        certificate.verificationCode = code.value();
        certificate.issuedOn = issuedOn;
        certificate.issuedBy = by;
        certificate.language = language;
        return certificate;
    }

    /** {@code 2026-0042}: the year and the serial within it, at least four digits. */
    public static String numberOf(int year, int serial) {
        return String.format("%d-%04d", year, serial);
    }

    /** Withdraws the certificate; it stays on record and the verify page says it is revoked. */
    public void revoke(String reason, Person by, Instant at) {
        if (revokedAt != null) {
            throw new RuleViolation("rule.certificate.alreadyRevoked", number);
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("rule.certificate.reasonNeeded");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new RuleViolation("rule.certificate.reasonTooLong", REASON_MAX);
        }
        this.revocationReason = reason.strip();
        this.revokedBy = by;
        this.revokedAt = at;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long id() {
        return id;
    }

    public Enrolment enrolment() {
        return enrolment;
    }

    public String number() {
        return number;
    }

    public int year() {
        return issueYear;
    }

    public int serial() {
        return serial;
    }

    public VerificationCode verificationCode() {
        return new VerificationCode(verificationCode);
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public Person issuedBy() {
        return issuedBy;
    }

    public Language language() {
        return language;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Person revokedBy() {
        return revokedBy;
    }

    public String revocationReason() {
        return revocationReason;
    }

    public int version() {
        return version;
    }
}
