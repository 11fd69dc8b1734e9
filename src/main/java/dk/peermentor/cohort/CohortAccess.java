package dk.peermentor.cohort;

import java.util.List;

import dk.peermentor.identity.Account;
import dk.peermentor.identity.CurrentUser;
import dk.peermentor.identity.Role;
import dk.peermentor.platform.AccessDenied;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who may see and change what in a cohort. Coordinators run the programme and see every cohort; a
 * trainer sees the cohorts they are assigned to (whole or single days); a trainee sees their own
 * enrolment. Services call these before they read or write; pages never decide on their own.
 */
@ApplicationScoped
public class CohortAccess {

    @Inject
    CurrentUser currentUser;

    @PersistenceContext
    EntityManager em;

    /** The coordinator, or a trainer assigned to {@code cohort}; anyone else is refused. */
    public Account requireTrainerOf(Cohort cohort) {
        Account account = currentUser.requireAccount();
        if (account.has(Role.COORDINATOR) || account.has(Role.TRAINER) && isAssigned(account, cohort)) {
            return account;
        }
        throw new AccessDenied("not a trainer of cohort " + cohort.id());
    }

    /** The trainee of {@code enrolment} themselves, or a trainer of its cohort, or a coordinator. */
    public Account requireParticipantOf(Enrolment enrolment) {
        Account account = currentUser.requireAccount();
        if (account.person().id().equals(enrolment.person().id())) {
            return account;
        }
        return requireTrainerOf(enrolment.cohort());
    }

    /** Someone who belongs to the cohort: its coordinator or trainers, or a trainee with a place or waiting. */
    public Account requireMemberOf(Cohort cohort) {
        Account account = currentUser.requireAccount();
        boolean trainee = account.has(Role.TRAINEE) && em.createQuery("""
                select count(e) from Enrolment e where e.cohort.id = :cohort and e.person.id = :person
                and e.status in :statuses
                """, Long.class).setParameter("cohort", cohort.id()).setParameter("person", account.person().id())
                .setParameter("statuses", List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED,
                        EnrolmentStatus.WAITING))
                .getSingleResult() > 0;
        return trainee ? account : requireTrainerOf(cohort);
    }

    public boolean isAssigned(Account account, Cohort cohort) {
        return em.createQuery("""
                select count(a) from TrainerAssignment a
                where a.cohort.id = :cohort and a.trainer.id = :person
                """, Long.class).setParameter("cohort", cohort.id()).setParameter("person", account.person().id())
                .getSingleResult() > 0;
    }
}
