package dk.peermentor.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.peermentor.certificates.CertificateChanged;
import dk.peermentor.identity.Person;
import dk.peermentor.identity.PersonChanged;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Keeps the pool true: every change of a fact the rule looks at re-assesses the person in the
 * changing transaction, updates their pool row, and appends to the feed only when something changed.
 * No access checks: only the services that made the change (and the daily age review) call it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EligibilityService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MatchingRecords records;

    void certificateChanged(@Observes(during = TransactionPhase.IN_PROGRESS) CertificateChanged change) {
        reassess(change.person());
    }

    void personChanged(@Observes(during = TransactionPhase.IN_PROGRESS) PersonChanged change) {
        if (change.person().isErased()) {
            records.forget(change.person());
        }
        reassess(change.person());
    }

    /**
     * Assesses the person again and records the outcome. Someone who never was in the pool and has
     * not consented cannot join it, so for them nothing is locked or written.
     */
    public Eligibility reassess(Person person) {
        if (!hasEntry(person) && !records.consentInForce(person)) {
            return assess(person);
        }
        // The feed's lock first, the facts after it: two changes of the same person are assessed in
        // turn, each seeing the other's committed facts, and positions are handed out in commit order.
        FeedCounter counter = lockedCounter();
        Eligibility eligibility = assess(person);
        Optional<PoolEntry> existing = entryOf(person);
        if (existing.isEmpty() && !eligibility.isEligible()) {
            return eligibility;
        }
        Instant now = clock.instant();
        PoolEntry entry = existing.orElseGet(() -> {
            PoolEntry created = new PoolEntry(person, now);
            em.persist(created);
            return created;
        });
        MentorView view = entry.view(records.profileOf(person).orElse(null), certifiedOn(person));
        EligibilityChange change = entry.assessed(eligibility.isEligible(), PoolEntry.digestOf(view), now);
        if (change != null) {
            em.persist(new FeedEntry(counter.next(), entry.publicId(), change, now));
        }
        return eligibility;
    }

    /** Everyone who could be in the pool: a consent in force or a place in it. */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<Long> candidates() {
        List<Long> people = new ArrayList<>(em.createQuery(
                "select distinct c.person.id from MatchingConsent c where c.withdrawnAt is null", Long.class)
                .getResultList());
        em.createQuery("select e.person.id from PoolEntry e where e.eligible = true", Long.class).getResultStream()
                .filter(id -> !people.contains(id)).forEach(people::add);
        return people;
    }

    /** The nightly review's step: one person, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Eligibility reassessOnItsOwn(long personId) {
        return reassess(em.find(Person.class, personId));
    }

    /** The rule applied to the person's facts as they stand, without writing anything. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Eligibility assess(Person person) {
        LocalDate today = LocalDate.now(clock);
        Object[] facts = em.createQuery("select p.dateOfBirth, p.erasedAt from Person p where p.id = :id",
                Object[].class).setParameter("id", person.id()).getSingleResult();
        List<Object[]> certificates = em.createQuery("""
                select pr.mentorMinAge, pr.mentorMaxAge from Certificate c join c.enrolment e join e.cohort co
                join co.programme pr where e.person.id = :id and c.revokedAt is null order by c.issuedOn desc, c.id desc
                """, Object[].class).setParameter("id", person.id()).setMaxResults(1).getResultList();
        boolean active = em.createQuery("select count(a) from Account a where a.person.id = :id and a.active = true",
                Long.class).setParameter("id", person.id()).getSingleResult() > 0;
        boolean paused = em.createQuery("""
                select count(p) from MatchingPause p where p.person.id = :id and p.liftedAt is null
                """, Long.class).setParameter("id", person.id()).getSingleResult() > 0;
        Object[] range = certificates.isEmpty() ? new Object[] {0, 0} : certificates.get(0);
        return Eligibility.of(new Eligibility.Facts(!certificates.isEmpty(), (LocalDate) facts[0], (Integer) range[0],
                (Integer) range[1], active, facts[1] != null, records.consentInForce(person), paused), today);
    }

    /** The day of the person's first valid certificate, or null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate certifiedOn(Person person) {
        return em.createQuery("""
                select min(c.issuedOn) from Certificate c where c.enrolment.person.id = :id and c.revokedAt is null
                """, LocalDate.class).setParameter("id", person.id()).getSingleResult();
    }

    /** Locks the feed for the rest of the transaction; callers that change a pool row take it before reading it. */
    FeedCounter lockedCounter() {
        return em.find(FeedCounter.class, FeedCounter.THE_ONE, LockModeType.PESSIMISTIC_WRITE);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PoolEntry> entryOf(Person person) {
        return em.createQuery("select e from PoolEntry e where e.person.id = :id", PoolEntry.class)
                .setParameter("id", person.id()).getResultStream().findFirst();
    }

    private boolean hasEntry(Person person) {
        return em.createQuery("select count(e) from PoolEntry e where e.person.id = :id", Long.class)
                .setParameter("id", person.id()).getSingleResult() > 0;
    }
}
