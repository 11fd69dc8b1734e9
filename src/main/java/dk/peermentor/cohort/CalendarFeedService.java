package dk.peermentor.cohort;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dk.peermentor.curriculum.CurriculumRegistry;
import dk.peermentor.identity.CurrentUser;
import dk.peermentor.identity.OneTimeToken;
import dk.peermentor.identity.Person;
import dk.peermentor.platform.Messages;
import dk.peermentor.platform.NotFound;
import dk.peermentor.platform.PublicUrl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Personal calendar subscriptions of trainers and trainees: the teaching days they teach or take
 * part in, at a secret address. The person manages their own; the address itself is the key.
 */
@ApplicationScoped
@Transactional
public class CalendarFeedService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurriculumRegistry curriculum;

    @Inject
    Clock clock;

    @Inject
    PublicUrl publicUrl;

    /** When the caller's subscription was made, if they have one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CalendarFeed> mine() {
        Person me = currentUser.requirePerson();
        return em.createQuery("select f from CalendarFeed f where f.person.id = :person", CalendarFeed.class)
                .setParameter("person", me.id()).getResultStream().findFirst();
    }

    /** A new secret address for the caller; an earlier one stops working. Shown once. */
    public String renew() {
        Person me = em.find(Person.class, currentUser.requirePerson().id());
        CalendarFeed feed = mine().map(f -> em.merge(f)).orElseGet(() -> {
            CalendarFeed created = new CalendarFeed(me);
            em.persist(created);
            return created;
        });
        String secret = feed.renew(clock.instant());
        return publicUrl.of("feeds/" + secret + ".ics");
    }

    public void stop() {
        mine().ifPresent(feed -> em.remove(em.merge(feed)));
    }

    /** The calendar behind a secret address, in its owner's language; unknown secrets are not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String calendarFor(String secret) {
        if (secret == null || secret.length() > 100) {
            throw new NotFound("feed");
        }
        CalendarFeed feed = em.createQuery("select f from CalendarFeed f where f.tokenHash = :hash", CalendarFeed.class)
                .setParameter("hash", OneTimeToken.hash(secret)).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("feed"));
        Person person = feed.person();
        List<TeachingDay> days = em.createQuery("""
                select distinct d from TeachingDay d join fetch d.cohort c
                where (exists (select e from Enrolment e where e.cohort = c and e.person = :person
                               and e.status in :statuses)
                    or exists (select a from TrainerAssignment a where a.cohort = c and a.trainer = :person
                               and (a.teachingDay is null or a.teachingDay = d)))
                  and c.cancelledAt is null
                order by d.date
                """, TeachingDay.class).setParameter("person", person)
                .setParameter("statuses", List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED,
                        EnrolmentStatus.WAITING))
                .getResultList();
        return TeachingDayCalendar.of(days, day -> Messages.text(person.preferredLanguage(), "calendar.event",
                day.sequence(), curriculum.curriculum().titleOf(day.unitId(), person.preferredLanguage()),
                day.cohort().name()), publicUrl.host());
    }
}
