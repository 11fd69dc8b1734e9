package dk.peermentor.certificates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.peermentor.attendance.AttendanceService;
import dk.peermentor.attendance.TraineeProgress;
import dk.peermentor.audit.AuditAction;
import dk.peermentor.audit.AuditLog;
import dk.peermentor.cohort.Cohort;
import dk.peermentor.cohort.Enrolment;
import dk.peermentor.cohort.EnrolmentStatus;
import dk.peermentor.cohort.TeachingDay;
import dk.peermentor.curriculum.Curriculum;
import dk.peermentor.curriculum.CurriculumRegistry;
import dk.peermentor.curriculum.UnitText;
import dk.peermentor.identity.Account;
import dk.peermentor.identity.CurrentUser;
import dk.peermentor.identity.Role;
import dk.peermentor.platform.AccessDenied;
import dk.peermentor.platform.Language;
import dk.peermentor.platform.Messages;
import dk.peermentor.platform.NotFound;
import dk.peermentor.platform.PublicUrl;
import dk.peermentor.platform.RuleViolation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * Certification: who of a cohort meets the programme's rule and why not, issuing (all or nothing,
 * numbered without gaps), revoking, the content of a certificate for its PDF, and the public check of a
 * verification code. Coordinators issue and revoke; a graduate reads their own certificate.
 */
@ApplicationScoped
@Transactional
public class CertificationService {

    static final String RECORD = "Certificate";
    /** Looked up when a typed code cannot be a code, so both answers cost one query. */
    private static final String NO_CODE = "-";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AttendanceService attendance;

    @Inject
    CertificateCounters counters;

    @Inject
    CurriculumRegistry curriculum;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<CertificateChanged> certificateChanged;

    @Inject
    PublicUrl publicUrl;

    @Inject
    @ConfigProperty(name = "peermentor.certificate.signatory-name")
    Optional<String> signatoryName;

    @Inject
    @ConfigProperty(name = "peermentor.certificate.signatory-title")
    Optional<String> signatoryTitle;

    @Inject
    @ConfigProperty(name = "peermentor.certificate.logo")
    Optional<String> logo;

    /** Every trainee taking part in or withdrawn from the cohort, by name, with the reasons in {@code language}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Assessment> assess(long cohortId, Language language) {
        currentUser.require(Role.COORDINATOR);
        Cohort cohort = cohort(cohortId);
        Map<Long, Certificate> certificates = certificatesOf(cohort);
        Map<Long, TraineeProgress> progress = attendance.progressOfCohort(cohortId);
        return enrolmentsOf(cohort).stream()
                .map(e -> {
                    Certificate c = certificates.get(e.id());
                    return new Assessment(e.id(), e.person().fullName(), e.status(),
                            describe(Shortfall.of(progress.get(e.id())), language),
                            c == null ? null : new Assessment.Issued(c.id(), c.number(), c.verificationCode().grouped(),
                                    c.issuedOn(), c.isRevoked(), c.revocationReason()));
                }).toList();
    }

    /** The programme's rule in plain words. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String ruleOf(long cohortId, Language language) {
        currentUser.require(Role.COORDINATOR);
        Cohort cohort = cohort(cohortId);
        return Messages.text(language, cohort.programme().makeUpsRequired() ? "certificate.rule.withMakeUps"
                : "certificate.rule.withoutMakeUps", cohort.programme().daysRequired());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String cohortName(long cohortId) {
        currentUser.require(Role.COORDINATOR);
        return cohort(cohortId).name();
    }

    /**
     * Issues certificates to the chosen trainees of a cohort, all or none: a trainee who does not meet
     * the rule or already holds one refuses the whole batch. {@code language} null: each graduate's own.
     * Returns the numbers in the order issued.
     */
    public List<String> issue(long cohortId, List<Long> enrolmentIds, Language language) {
        Account coordinator = currentUser.require(Role.COORDINATOR);
        Cohort cohort = cohort(cohortId);
        if (enrolmentIds == null || enrolmentIds.isEmpty()) {
            throw new RuleViolation("rule.certificate.noneSelected");
        }
        Map<Long, TraineeProgress> progress = attendance.progressOfCohort(cohortId);
        Set<Long> holders = certificatesOf(cohort).keySet();
        List<Enrolment> chosen = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(enrolmentIds)) {
            Enrolment enrolment = em.find(Enrolment.class, id);
            if (enrolment == null || !enrolment.cohort().id().equals(cohort.id())) {
                throw new NotFound("enrolment " + id + " of cohort " + cohortId);
            }
            if (!Shortfall.of(progress.get(enrolment.id())).isEmpty()) {
                throw new RuleViolation("rule.certificate.notMet", enrolment.person().fullName());
            }
            if (holders.contains(enrolment.id())) {
                throw new RuleViolation("rule.certificate.alreadyIssued", enrolment.person().fullName());
            }
            chosen.add(enrolment);
        }
        chosen.sort(Comparator.comparing((Enrolment e) -> e.person().familyName())
                .thenComparing(e -> e.person().givenName()));
        LocalDate today = LocalDate.now(clock);
        CertificateCounter counter = lockedCounter(today.getYear());
        List<String> numbers = new ArrayList<>();
        for (Enrolment enrolment : chosen) {
            Language inLanguage = language != null ? language : enrolment.person().preferredLanguage();
            Certificate certificate = Certificate.issue(enrolment, counter.year(), counter.next(),
                    VerificationCode.random(), today, coordinator.person(), inLanguage);
            em.persist(certificate);
            audit.record(AuditAction.CERTIFICATE_CHANGED, RECORD, certificate.id(), null,
                    "issued " + certificate.number() + " (enrolment " + enrolment.id() + ")");
            numbers.add(certificate.number());
        }
        try {
            em.flush();
        } catch (PersistenceException issuedMeanwhile) {
            // The unique enrolment is the last line: another coordinator issued at the same moment.
            throw new RuleViolation("rule.certificate.issuedMeanwhile");
        }
        chosen.forEach(enrolment -> certificateChanged.fire(new CertificateChanged(enrolment.person())));
        return numbers;
    }

    /** Revokes a certificate with a reason; it stays on record, and the verify page says revoked. */
    public void revoke(long certificateId, String reason) {
        Account coordinator = currentUser.require(Role.COORDINATOR);
        Certificate certificate = certificate(certificateId);
        certificate.revoke(reason, coordinator.person(), clock.instant());
        try {
            em.flush();
        } catch (PersistenceException revokedMeanwhile) {
            // Another coordinator revoked it between our read and our write (the version differs).
            throw new RuleViolation("rule.certificate.alreadyRevoked", certificate.number());
        }
        audit.record(AuditAction.CERTIFICATE_CHANGED, RECORD, certificate.id(), "valid " + certificate.number(),
                "revoked: " + certificate.revocationReason());
        certificateChanged.fire(new CertificateChanged(certificate.enrolment().person()));
    }

    /** The valid certificates of a cohort, by number: what a batch export holds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> validCertificatesOf(long cohortId) {
        currentUser.require(Role.COORDINATOR);
        return em.createQuery("""
                select c.id from Certificate c where c.enrolment.cohort.id = :cohort and c.revokedAt is null
                order by c.issueYear, c.serial
                """, Long.class).setParameter("cohort", cohortId).getResultList();
    }

    /** The caller's own valid certificate for an enrolment of theirs, if they hold one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Assessment.Issued> ownCertificate(long enrolmentId) {
        Account caller = currentUser.requireAccount();
        return em.createQuery("""
                select c from Certificate c where c.enrolment.id = :enrolment and c.enrolment.person.id = :person
                and c.revokedAt is null
                """, Certificate.class).setParameter("enrolment", enrolmentId)
                .setParameter("person", caller.person().id()).getResultStream().findFirst()
                .map(c -> new Assessment.Issued(c.id(), c.number(), c.verificationCode().grouped(), c.issuedOn(),
                        false, null));
    }

    /**
     * Everything the PDF shows, for a coordinator or the certificate's own graduate (a revoked one only
     * for the coordinator). {@code language} null: the graduate's preferred language. The same
     * certificate gives the same number, code and date however often it is exported.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CertificateContent contentOf(long certificateId, Language language) {
        Account caller = currentUser.requireAccount();
        Certificate certificate = certificate(certificateId);
        Enrolment enrolment = certificate.enrolment();
        boolean own = caller.person().id().equals(enrolment.person().id()) && !certificate.isRevoked();
        if (!own && !caller.has(Role.COORDINATOR)) {
            throw new AccessDenied("certificate " + certificateId);
        }
        Language in = language != null ? language : enrolment.person().preferredLanguage();
        Cohort cohort = enrolment.cohort();
        Curriculum course = curriculum.curriculum();
        List<TeachingDay> days = cohort.teachingDays().stream().sorted(Comparator.comparingInt(TeachingDay::sequence))
                .toList();
        List<CertificateContent.UnitLine> units = days.stream().map(d -> {
            UnitText text = course.unit(d.unitId()).map(u -> u.text(in)).orElse(null);
            return new CertificateContent.UnitLine(d.sequence(), text == null ? d.unitId() : text.title(),
                    text == null ? List.of() : text.topics());
        }).toList();
        String code = certificate.verificationCode().grouped();
        return new CertificateContent(in, cohort.programme().name(), logoPng(), enrolment.person().fullName(),
                course.description(in).title(), days.get(0).date(), days.get(days.size() - 1).date(), units,
                course.totalHours(), cohort.place(), certificate.issuedOn(), signatoryName.orElse(""), signatoryTitle.orElse(""),
                certificate.number(), code, verificationUrl(code));
    }

    /** The certificate's file name, {@code 2026-0042-Kjaergaard-Mette.pdf} (coordinator or owner). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String fileNameOf(long certificateId) {
        Account caller = currentUser.requireAccount();
        Certificate certificate = certificate(certificateId);
        if (!caller.has(Role.COORDINATOR) && !caller.person().id().equals(certificate.enrolment().person().id())) {
            throw new AccessDenied("certificate " + certificateId);
        }
        return FileNames.certificate(certificate.number(), certificate.enrolment().person().familyName(),
                certificate.enrolment().person().givenName());
    }

    /**
     * The public check of a typed code: valid or revoked, name, course and date; empty for a code
     * nobody holds and for one that cannot be a code, after the same single lookup.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Verification> verify(String typed) {
        String code = VerificationCode.parse(typed).map(VerificationCode::value).orElse(NO_CODE);
        return em.createQuery("""
                select c from Certificate c join fetch c.enrolment e join fetch e.person
                where c.verificationCode = :code
                """, Certificate.class).setParameter("code", code).getResultStream().findFirst()
                .map(c -> new Verification(!c.isRevoked(), c.enrolment().person().fullName(),
                        curriculum.curriculum().description(c.language()).title(), c.issuedOn()));
    }

    public String verificationUrl(String code) {
        return publicUrl.of("verify/" + code);
    }

    private CertificateCounter lockedCounter(int year) {
        // V10 made the rows up to 2100, so this normally only locks the year's row. A later year's row
        // is made first, in a transaction of its own and without a lock of ours: a "select ... for
        // update" that finds no row may lock more than the row in H2, and the insert would then wait
        // for this very transaction.
        if (em.find(CertificateCounter.class, year) == null) {
            try {
                counters.create(year);
            } catch (RuntimeException createdByAnother) {
                // Another first issue of the year created the row at the same moment; lock theirs.
            }
        }
        return Optional.ofNullable(em.find(CertificateCounter.class, year, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new IllegalStateException("no certificate counter for " + year));
    }

    private List<String> describe(List<Shortfall> shortfalls, Language language) {
        Curriculum course = curriculum.curriculum();
        return shortfalls.stream().map(s -> switch (s.kind()) {
            case WITHDREW -> Messages.text(language, "certificate.why.withdrew");
            case NOT_FINISHED -> Messages.text(language, "certificate.why.notFinished");
            case TOO_FEW_DAYS -> Messages.text(language, "certificate.why.tooFewDays", s.attended(), s.required());
            case NOT_MADE_UP -> Messages.text(language, "certificate.why.notMadeUp", s.day(),
                    course.titleOf(s.unitId(), language));
        }).toList();
    }

    private List<Enrolment> enrolmentsOf(Cohort cohort) {
        return em.createQuery("""
                select e from Enrolment e join fetch e.person p
                where e.cohort = :cohort and e.status in :statuses order by p.givenName, p.familyName
                """, Enrolment.class).setParameter("cohort", cohort)
                .setParameter("statuses", List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED,
                        EnrolmentStatus.WITHDRAWN))
                .getResultList();
    }

    private Map<Long, Certificate> certificatesOf(Cohort cohort) {
        Map<Long, Certificate> byEnrolment = new HashMap<>();
        em.createQuery("select c, c.enrolment.id from Certificate c where c.enrolment.cohort = :cohort", Object[].class)
                .setParameter("cohort", cohort).getResultStream()
                .forEach(row -> byEnrolment.put((Long) row[1], (Certificate) row[0]));
        return byEnrolment;
    }

    private Cohort cohort(long cohortId) {
        return Optional.ofNullable(em.find(Cohort.class, cohortId))
                .orElseThrow(() -> new NotFound("cohort " + cohortId));
    }

    private Certificate certificate(long certificateId) {
        return Optional.ofNullable(em.find(Certificate.class, certificateId))
                .orElseThrow(() -> new NotFound("certificate " + certificateId));
    }

    private byte[] logoPng() {
        return logo.filter(path -> !path.isBlank()).map(path -> {
            try {
                return Files.readAllBytes(Path.of(path));
            } catch (IOException e) {
                throw new UncheckedIOException("peermentor.certificate.logo cannot be read: " + path, e);
            }
        }).orElse(null);
    }
}
