package dk.peermentor.cohort;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dk.peermentor.curriculum.CurriculumRegistry;
import dk.peermentor.identity.Account;
import dk.peermentor.identity.CurrentUser;
import dk.peermentor.identity.Role;
import dk.peermentor.platform.Language;
import dk.peermentor.platform.Messages;
import dk.peermentor.platform.NotFound;
import dk.peermentor.platform.PublicUrl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Reads and changes cohorts. Pages and the API call this; it never trusts them to have checked. */
@ApplicationScoped
@Transactional
public class CohortService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    CohortAccess access;

    @Inject
    CurriculumRegistry curriculum;

    @Inject
    PublicUrl publicUrl;

    /**
     * Every programme with its cohorts, newest first: two queries whatever the number of cohorts
     * (teaching days fetched with their cohorts, trainees counted in one grouped query).
     */
    public List<ProgrammeOverview> overview() {
        LocalDate today = LocalDate.now(clock);
        List<Cohort> cohorts = em.createQuery("""
                select distinct c from Cohort c
                join fetch c.programme
                left join fetch c.teachingDays
                """, Cohort.class).getResultList();
        Map<Long, Long> trainees = em.createQuery("""
                select e.cohort.id, count(e) from Enrolment e
                where e.status in :takingPart
                group by e.cohort.id
                """, Object[].class)
                .setParameter("takingPart", EnrolmentStatus.TAKING_PART)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));

        Map<Programme, List<CohortSummary>> byProgramme = new LinkedHashMap<>();
        cohorts.stream()
                .sorted(Comparator.comparing((Cohort c) -> c.programme().name())
                        .thenComparing(CohortService::firstDay, Comparator.nullsFirst(Comparator.reverseOrder())))
                .forEach(c -> byProgramme.computeIfAbsent(c.programme(), p -> new ArrayList<>())
                        .add(summary(c, today, trainees.getOrDefault(c.id(), 0L))));
        return byProgramme.entrySet().stream()
                .map(e -> new ProgrammeOverview(e.getKey().id(), e.getKey().name(), e.getValue()))
                .toList();
    }

    /** The cohorts the calling trainer is assigned to, for the whole cohort or single days. */
    public List<CohortSummary> cohortsITeach() {
        Account me = currentUser.require(Role.TRAINER);
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("""
                select distinct c from Cohort c left join fetch c.teachingDays
                where exists (select a from TrainerAssignment a where a.cohort = c and a.trainer.id = :person)
                """, Cohort.class).setParameter("person", me.person().id()).getResultStream()
                .sorted(Comparator.comparing(CohortService::firstDay, Comparator.nullsFirst(Comparator.reverseOrder())))
                .map(c -> summary(c, today, 0))
                .toList();
    }

    /** A teaching day today that the calling trainer teaches (the whole cohort or that day), if any. */
    public Optional<Long> todaysTeachingDayOfMine() {
        Account me = currentUser.require(Role.TRAINER);
        return em.createQuery("""
                select d.id from TeachingDay d join d.cohort c
                where d.date = :today and c.cancelledAt is null and exists (
                    select a from TrainerAssignment a where a.cohort = c and a.trainer.id = :person
                    and (a.teachingDay is null or a.teachingDay = d))
                order by c.name, d.id
                """, Long.class).setParameter("today", LocalDate.now(clock)).setParameter("person", me.person().id())
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The calling trainee's own enrolments with their cohorts' teaching days, newest first. */
    public List<Enrolment> myEnrolments() {
        Account me = currentUser.require(Role.TRAINEE);
        return em.createQuery("""
                select e from Enrolment e join fetch e.cohort c left join fetch c.teachingDays
                where e.person.id = :person
                """, Enrolment.class).setParameter("person", me.person().id()).getResultStream()
                .distinct()
                .sorted(Comparator.comparing((Enrolment e) -> firstDay(e.cohort()),
                        Comparator.nullsFirst(Comparator.reverseOrder())))
                .toList();
    }

    /** The cohort's teaching days as an iCalendar file, for anyone who belongs to the cohort. */
    public String calendarOf(long cohortId, Language language) {
        Cohort cohort = Optional.ofNullable(em.find(Cohort.class, cohortId))
                .orElseThrow(() -> new NotFound("cohort " + cohortId));
        access.requireMemberOf(cohort);
        return TeachingDayCalendar.of(cohort.teachingDays(), day -> Messages.text(language, "calendar.event",
                day.sequence(), curriculum.curriculum().titleOf(day.unitId(), language), cohort.name()), publicUrl.host());
    }

    private static LocalDate firstDay(Cohort cohort) {
        return cohort.teachingDays().isEmpty() ? null : cohort.teachingDays().get(0).date();
    }

    private static CohortSummary summary(Cohort cohort, LocalDate today, long trainees) {
        List<TeachingDay> days = cohort.teachingDays();
        return new CohortSummary(cohort.id(), cohort.name(), cohort.place(), cohort.status(today),
                firstDay(cohort), days.isEmpty() ? null : days.get(days.size() - 1).date(),
                cohort.teachingDaysHeld(today), Cohort.TEACHING_DAYS,
                cohort.nextTeachingDay(today).map(TeachingDay::date).orElse(null), trainees);
    }
}
