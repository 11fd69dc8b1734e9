package dk.peermentor.handouts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.peermentor.audit.AuditAction;
import dk.peermentor.audit.AuditLog;
import dk.peermentor.cohort.Programme;
import dk.peermentor.identity.Account;
import dk.peermentor.identity.CurrentUser;
import dk.peermentor.identity.Role;
import dk.peermentor.platform.AccessDenied;
import dk.peermentor.platform.RuleViolation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The handout for practice: the activities of the house with their lead persons, which coordinators
 * keep and graduates are given. Every change carries the version the coordinator saw, so a second
 * editor is told instead of overwriting the first; every change is audited.
 */
@ApplicationScoped
@Transactional
public class HandoutService {

    static final String RECORD = "PracticeActivity";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The activities in the coordinator's order, for the editor. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PracticeActivity> activities() {
        currentUser.require(Role.COORDINATOR);
        return programme().map(this::activitiesOf).orElse(List.of());
    }

    /** The handout: for graduates, and for the trainers and coordinators who hand it over. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PracticeActivity> forGraduates() {
        if (!mayView()) {
            throw new AccessDenied("the handout is given after certification");
        }
        return programme().map(this::activitiesOf).orElse(List.of());
    }

    /** Whether the caller may see the handout; the page explains the wait to a trainee who may not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayView() {
        return currentUser.has(Role.COORDINATOR) || currentUser.has(Role.TRAINER) || isGraduate();
    }

    /** Whether the caller has graduated: holds a certificate that is not revoked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isGraduate() {
        Optional<Account> account = currentUser.account().filter(a -> a.has(Role.TRAINEE));
        return account.isPresent() && em.createQuery("""
                select count(c) from Certificate c where c.enrolment.person = :person and c.revokedAt is null
                """, Long.class).setParameter("person", account.get().person()).getSingleResult() > 0;
    }

    /** Adds an activity at the end of the list. Returns its id. */
    public long add(ActivityDetails details) {
        currentUser.require(Role.COORDINATOR);
        Programme programme = programme().orElseThrow(() -> new RuleViolation("rule.handouts.noProgramme"));
        int last = em.createQuery("select coalesce(max(a.position), 0) from PracticeActivity a where a.programme = :p",
                Integer.class).setParameter("p", programme).getSingleResult();
        PracticeActivity activity = new PracticeActivity(programme, details, last + 1, clock.instant());
        em.persist(activity);
        em.flush();
        audit.record(AuditAction.HANDOUT_CHANGED, RECORD, activity.id(), null, activity.describedForAudit());
        return activity.id();
    }

    /** New text for an activity, refused when someone else changed or removed it since the editor saw it. */
    public void edit(long activityId, ActivityDetails details, int expectedVersion) {
        currentUser.require(Role.COORDINATOR);
        PracticeActivity activity = seen(activityId, expectedVersion);
        String before = activity.describedForAudit();
        activity.describe(details, clock.instant());
        em.flush();
        audit.record(AuditAction.HANDOUT_CHANGED, RECORD, activityId, before, activity.describedForAudit());
    }

    public void remove(long activityId, int expectedVersion) {
        currentUser.require(Role.COORDINATOR);
        PracticeActivity activity = seen(activityId, expectedVersion);
        String before = activity.describedForAudit();
        em.remove(activity);
        em.flush();
        audit.record(AuditAction.HANDOUT_CHANGED, RECORD, activityId, before, null);
    }

    /** Moves an activity one place up the list (towards the top); the first stays where it is. */
    public void moveUp(long activityId, int expectedVersion) {
        move(activityId, expectedVersion, -1);
    }

    /** Moves an activity one place down the list; the last stays where it is. */
    public void moveDown(long activityId, int expectedVersion) {
        move(activityId, expectedVersion, +1);
    }

    private void move(long activityId, int expectedVersion, int step) {
        currentUser.require(Role.COORDINATOR);
        PracticeActivity activity = seen(activityId, expectedVersion);
        List<PracticeActivity> list = new ArrayList<>(activitiesOf(activity.programme()));
        int from = list.indexOf(activity);
        int to = from + step;
        if (to < 0 || to >= list.size()) {
            return;
        }
        String before = activity.describedForAudit();
        list.set(from, list.get(to));
        list.set(to, activity);
        // Renumbered 1..n: the neighbour's version changes too, so a page showing the old order is stale.
        Instant now = clock.instant();
        for (int i = 0; i < list.size(); i++) {
            list.get(i).moveTo(i + 1, now);
        }
        em.flush();
        audit.record(AuditAction.HANDOUT_CHANGED, RECORD, activityId, before, activity.describedForAudit());
    }

    /** The activity as the coordinator saw it: gone or changed since is a conflict, never an overwrite. */
    private PracticeActivity seen(long activityId, int expectedVersion) {
        PracticeActivity activity = em.find(PracticeActivity.class, activityId);
        if (activity == null) {
            throw new RuleViolation("rule.handouts.removedMeanwhile");
        }
        if (activity.version() != expectedVersion) {
            throw new RuleViolation("rule.handouts.changedMeanwhile", activity.activity());
        }
        return activity;
    }

    private List<PracticeActivity> activitiesOf(Programme programme) {
        return em.createQuery("""
                select a from PracticeActivity a where a.programme = :programme order by a.position, a.id
                """, PracticeActivity.class).setParameter("programme", programme).getResultList();
    }

    /** There is one programme in practice; the handout belongs to it (the first, should there be more). */
    private Optional<Programme> programme() {
        return em.createQuery("select p from Programme p order by p.id", Programme.class).setMaxResults(1)
                .getResultStream().findFirst();
    }
}
