package dk.peermentor.matching;

import java.time.Clock;
import java.util.Optional;

import dk.peermentor.audit.AuditAction;
import dk.peermentor.audit.AuditLog;
import dk.peermentor.identity.CurrentUser;
import dk.peermentor.identity.Person;
import dk.peermentor.identity.Role;
import dk.peermentor.platform.AccessDenied;
import dk.peermentor.platform.RuleViolation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * The graduate's side of matching: their standing in the pool, consenting and withdrawing (audited,
 * with the text version), and their profile. Only someone holding a valid certificate may act.
 */
@ApplicationScoped
@Transactional
public class MatchingService {

    static final String RECORD = "MatchingConsent";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    EligibilityService eligibility;

    @Inject
    MatchingRecords records;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The caller's standing: whether they may take part, why they are (not) in the pool, what they told. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Standing myStanding() {
        Person me = currentUser.require(Role.TRAINEE).person();
        Optional<PoolEntry> entry = eligibility.entryOf(me);
        return new Standing(eligibility.certifiedOn(me) != null, eligibility.assess(me),
                records.currentConsent(me).orElse(null), records.profileOf(me).orElse(null),
                records.pauseInForce(me).map(MatchingPause::reason).orElse(null),
                entry.map(PoolEntry::matchState).orElse(null));
    }

    /** Consents to the text now shown, recorded with its version and time. */
    public void consent() {
        Person me = graduate();
        if (records.consentInForce(me)) {
            throw new RuleViolation("rule.matching.alreadyConsented");
        }
        MatchingConsent consent = new MatchingConsent(me, MatchingConsent.CURRENT_VERSION, clock.instant());
        em.persist(consent);
        em.flush();
        audit.record(AuditAction.MATCHING_CHANGED, RECORD, consent.id(), null, "consent " + consent.textVersion());
        eligibility.reassess(me);
    }

    /** Withdraws the consent in force: out of the pool at once. Allowed after a revocation too. */
    public void withdrawConsent() {
        Person me = currentUser.require(Role.TRAINEE).person();
        MatchingConsent consent = records.currentConsent(me)
                .orElseThrow(() -> new RuleViolation("rule.matching.notConsented"));
        consent.withdraw(clock.instant());
        audit.record(AuditAction.MATCHING_CHANGED, RECORD, consent.id(), "consent " + consent.textVersion(),
                "withdrawn");
        eligibility.reassess(me);
    }

    /**
     * Saves what the graduate tells and shares. {@code seenVersion} is the version their form showed
     * (null: they saw none); another tab's save in between is refused, never overwritten.
     */
    public void saveProfile(MentorProfile told, Sharing sharing, Integer seenVersion) {
        Person me = graduate();
        Optional<MatchingProfile> existing = records.profileOf(me);
        if (existing.isPresent() != (seenVersion != null)
                || existing.isPresent() && existing.get().version() != seenVersion) {
            throw new RuleViolation("rule.matching.changedMeanwhile");
        }
        if (existing.isPresent()) {
            existing.get().describe(told, sharing, clock.instant());
        } else {
            em.persist(new MatchingProfile(me, told, sharing, clock.instant()));
        }
        try {
            em.flush();
        } catch (PersistenceException savedMeanwhile) {
            // Two saves at the same moment: the version (or the one profile per person) caught the second.
            throw new RuleViolation("rule.matching.changedMeanwhile");
        }
        eligibility.reassess(me);
    }

    private Person graduate() {
        Person me = currentUser.require(Role.TRAINEE).person();
        if (eligibility.certifiedOn(me) == null) {
            throw new AccessDenied("matching is for graduates");
        }
        return me;
    }

    /**
     * The graduate's page in one value. {@code graduate}: holds a valid certificate; {@code pauseReason}
     * null unless a coordinator paused them; {@code matchState} as the matching module last reported.
     */
    public record Standing(boolean graduate, Eligibility eligibility, MatchingConsent consent,
            MatchingProfile profile, String pauseReason, MatchState matchState) {

        public boolean inPool() {
            return eligibility.isEligible();
        }
    }
}
