package dk.peermentor.cohort;

import static dk.peermentor.testing.CourseFixtures.cohortStarting;
import static dk.peermentor.testing.CourseFixtures.enrolled;
import static dk.peermentor.testing.CourseFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.peermentor.attendance.Attendance;
import dk.peermentor.attendance.AttendanceStatus;
import dk.peermentor.identity.Person;
import dk.peermentor.testing.CourseFixtures;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.InTransaction;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/**
 * The course's records go through the real datasource, the Flyway schema and EclipseLink on Payara
 * Micro, and come back as they were stored.
 */
@ExtendWith(ArquillianExtension.class)
class CoursePersistenceIT {

    /**
     * Its own server: the programmes these tests make would be a second and third programme in the
     * shared database, and the coordinator's settings form edits the first programme it lists.
     */
    @Deployment
    static WebArchive deployment() {
        return Deployments.application("course-persistence").addClasses(CourseFixtures.class, InTransaction.class);
    }

    @Inject
    InTransaction tx;

    @Inject
    CohortService cohorts;

    @Test
    void theMigrationsHaveCreatedTheSchema() {
        Number applied = tx.call(em -> (Number) em.createNativeQuery(
                "select count(*) from flyway_schema_history where success = true").getSingleResult());

        assertTrue(applied.intValue() >= 1);
    }

    @Test
    void aCohortWithItsTeachingDaysTraineesAndAttendanceComesBackAsStored() {
        Long cohortId = tx.call(em -> {
            Programme programme = new Programme("Persistens " + System.nanoTime());
            em.persist(programme);
            Cohort cohort = cohortStarting(programme, "Hold med æøå", LocalDate.of(2027, 2, 1));
            em.persist(cohort);
            Person trainer = person("Trine", "Ravn" + System.nanoTime());
            Person trainee = person("Åse", "Ørsted" + System.nanoTime());
            em.persist(trainer);
            em.persist(trainee);
            Enrolment enrolment = enrolled(cohort, trainee);
            em.persist(enrolment);
            em.persist(TrainerAssignment.toCohort(cohort, trainer));
            em.persist(Attendance.record(enrolment, cohort.teachingDay(1).orElseThrow(), AttendanceStatus.LEFT_EARLY,
                    "Gik kl. 13", trainer, Instant.parse("2027-02-09T08:40:00Z")));
            return cohort.id();
        });

        tx.run(em -> {
            Cohort cohort = em.find(Cohort.class, cohortId);
            assertEquals("Hold med æøå", cohort.name());
            assertEquals(6, cohort.teachingDays().size());
            assertEquals(LocalDate.of(2027, 2, 9), cohort.teachingDay(1).orElseThrow().date());
            assertEquals(LocalTime.of(9, 30), cohort.teachingDay(1).orElseThrow().startsAt());
            Attendance attendance = em.createQuery(
                    "select a from Attendance a where a.teachingDay.cohort.id = :cohort", Attendance.class)
                    .setParameter("cohort", cohortId).getSingleResult();
            assertEquals(AttendanceStatus.LEFT_EARLY, attendance.status());
            assertEquals("Gik kl. 13", attendance.note());
            assertEquals(Instant.parse("2027-02-09T08:40:00Z"), attendance.recordedAt());
            assertEquals("Åse", attendance.enrolment().person().givenName());
            assertEquals(EnrolmentStatus.ENROLLED, attendance.enrolment().status());
        });
    }

    /** After every day of {@link #persistedCohort}: marks of any kind may be recorded then. */
    private static final Instant AFTER_THE_COURSE = Instant.parse("2027-12-01T10:00:00Z");

    @Test
    void twoTrainersChangingTheSameMarkCannotOverwriteEachOther() {
        Long attendanceId = tx.call(em -> {
            Cohort cohort = persistedCohort(em);
            Person trainer = persisted(em, person("Bo", "Lind" + System.nanoTime()));
            Enrolment enrolment = enrolled(cohort, persisted(em, person("Ida", "Holm" + System.nanoTime())));
            em.persist(enrolment);
            Attendance attendance = Attendance.record(enrolment, cohort.teachingDay(1).orElseThrow(),
                    AttendanceStatus.ABSENT, null, trainer, AFTER_THE_COURSE);
            em.persist(attendance);
            return attendance.id();
        });

        // Both trainers opened the roll call before either saved.
        Attendance seenByFirst = tx.call(em -> em.find(Attendance.class, attendanceId));
        Attendance seenBySecond = tx.call(em -> em.find(Attendance.class, attendanceId));

        tx.run(em -> {
            Attendance mine = em.merge(seenByFirst);
            mine.mark(AttendanceStatus.PRESENT, "Kom alligevel", mine.recordedBy(), AFTER_THE_COURSE);
        });
        RuntimeException collision = assertThrows(RuntimeException.class, () -> tx.run(em -> {
            Attendance mine = em.merge(seenBySecond);
            mine.mark(AttendanceStatus.EXCUSED, "Meldte afbud", mine.recordedBy(), AFTER_THE_COURSE);
        }));

        assertTrue(causedBy(collision, OptimisticLockException.class), collision.toString());
        Attendance stored = tx.call(em -> em.find(Attendance.class, attendanceId));
        assertEquals(AttendanceStatus.PRESENT, stored.status());
        assertEquals("Kom alligevel", stored.note());
    }

    @Test
    void theDatabaseRefusesASecondMarkForTheSameTraineeAndDay() {
        Long[] ids = tx.call(em -> {
            Cohort cohort = persistedCohort(em);
            Person trainer = persisted(em, person("Bo", "Lind" + System.nanoTime()));
            Enrolment enrolment = enrolled(cohort, persisted(em, person("Ida", "Holm" + System.nanoTime())));
            em.persist(enrolment);
            em.persist(Attendance.record(enrolment, cohort.teachingDay(2).orElseThrow(), AttendanceStatus.PRESENT,
                    null, trainer, AFTER_THE_COURSE));
            return new Long[] {enrolment.id(), cohort.teachingDay(2).orElseThrow().id(), trainer.id()};
        });

        RuntimeException refused = assertThrows(RuntimeException.class, () -> tx.run(em -> {
            Enrolment enrolment = em.find(Enrolment.class, ids[0]);
            em.persist(Attendance.record(enrolment, em.find(TeachingDay.class, ids[1]), AttendanceStatus.ABSENT, null,
                    em.find(Person.class, ids[2]), AFTER_THE_COURSE));
            em.flush();
        }));

        assertTrue(causedBy(refused, PersistenceException.class), refused.toString());
        long marks = tx.call(em -> em.createQuery(
                "select count(a) from Attendance a where a.enrolment.id = :e", Long.class)
                .setParameter("e", ids[0]).getSingleResult());
        assertEquals(1, marks);
    }

    @Test
    void theDatabaseRefusesTwoPeopleWithOneEmailAddress() {
        String email = "same." + System.nanoTime() + "@test.example";
        tx.run(em -> em.persist(new Person("Ida", "Holm", email, dk.peermentor.platform.Language.DA)));

        assertThrows(RuntimeException.class, () -> tx.run(em -> {
            em.persist(new Person("Ida", "Anden", email.toUpperCase(), dk.peermentor.platform.Language.DA));
            em.flush();
        }));
    }

    @Test
    void theOverviewShowsEachCohortWithDaysHeldAndTraineesTakingPart() {
        String programmeName = "Oversigt " + System.nanoTime();
        tx.run(em -> {
            Programme programme = persisted(em, new Programme(programmeName));
            Cohort past = persisted(em, cohortStarting(programme, "Gammelt hold", LocalDate.of(2020, 1, 1)));
            Cohort future = persisted(em, cohortStarting(programme, "Nyt hold", LocalDate.of(2040, 1, 1)));
            for (int i = 0; i < 3; i++) {
                em.persist(enrolled(past, persisted(em, person("P" + i, "Past" + System.nanoTime()))));
            }
            Enrolment leaver = enrolled(future, persisted(em, person("F", "Future" + System.nanoTime())));
            leaver.withdraw("Flytter");
            em.persist(leaver);
        });

        ProgrammeOverview overview = cohorts.overview().stream().filter(p -> p.name().equals(programmeName))
                .findFirst().orElseThrow();

        List<CohortSummary> summaries = overview.cohorts();
        assertEquals(List.of("Nyt hold", "Gammelt hold"), summaries.stream().map(CohortSummary::name).toList(),
                "newest first");
        assertEquals(CohortStatus.PLANNED, summaries.get(0).status());
        assertEquals(0, summaries.get(0).trainees(), "a withdrawn trainee is not counted");
        assertEquals(CohortStatus.COMPLETED, summaries.get(1).status());
        assertEquals(6, summaries.get(1).teachingDaysHeld());
        assertEquals(3, summaries.get(1).trainees());
    }

    private static Cohort persistedCohort(jakarta.persistence.EntityManager em) {
        Programme programme = persisted(em, new Programme("Program " + System.nanoTime()));
        return persisted(em, cohortStarting(programme, "Hold", LocalDate.of(2027, 3, 1)));
    }

    private static <T> T persisted(jakarta.persistence.EntityManager em, T entity) {
        em.persist(entity);
        return entity;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
