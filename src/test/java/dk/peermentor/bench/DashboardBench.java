package dk.peermentor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.peermentor.attendance.Attendance;
import dk.peermentor.attendance.AttendanceStatus;
import dk.peermentor.cohort.Cohort;
import dk.peermentor.cohort.Enrolment;
import dk.peermentor.cohort.Programme;
import dk.peermentor.cohort.TeachingDay;
import dk.peermentor.identity.Person;
import dk.peermentor.platform.Language;
import dk.peermentor.platform.Time;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.InTransaction;
import dk.peermentor.testing.WebUser;

import jakarta.inject.Inject;

/**
 * How fast the coordinator's dashboard answers for a large programme: 200 cohorts (half of them
 * finished, half running), about 5,000 trainees, every held day marked. Run on demand with
 * {@code mvn verify -Pbench}; the figures go to target/bench/dashboard.md and, by hand, to
 * docs/performance.md. Not part of the normal test run: speed is measured, not asserted.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class DashboardBench {

    static final int COHORTS = 198;
    static final int TRAINEES_PER_COHORT = 26;
    static final int WARM_UP = 10;
    static final int MEASURED = 30;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("bench-dashboard", Map.of("peermentor.demo", "true"))
                .addClasses(InTransaction.class);
    }

    @Inject
    InTransaction tx;

    @ArquillianResource
    URL app;

    @Test
    @Order(1)
    void generateALargeProgramme() {
        LocalDate today = LocalDate.now(Time.ZONE);
        Random random = new Random(42);
        Long programmeId = tx.call(em -> em.createQuery("select p.id from Programme p", Long.class)
                .getResultList().get(0));
        for (int c = 0; c < COHORTS; c++) {
            int cohortNumber = c;
            tx.run(em -> {
                Programme programme = em.find(Programme.class, programmeId);
                // Even cohorts finished years ago, odd ones are running now.
                YearMonth first = cohortNumber % 2 == 0 ? YearMonth.from(today).minusMonths(12 + cohortNumber)
                        : YearMonth.from(today).minusMonths(1 + cohortNumber % 4);
                Cohort cohort = new Cohort(programme, "Benchhold " + cohortNumber, "Bench", TRAINEES_PER_COHORT);
                for (int day = 1; day <= Cohort.TEACHING_DAYS; day++) {
                    LocalDate date = first.plusMonths(day - 1L).atDay(1)
                            .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
                    cohort.scheduleTeachingDay(day, date, LocalTime.of(9, 30), LocalTime.of(15, 0), "Bench", "unit-" + day);
                }
                em.persist(cohort);
                for (int t = 0; t < TRAINEES_PER_COHORT; t++) {
                    Person person = new Person("Bench", "Kursist " + cohortNumber + "-" + t,
                            "bench" + cohortNumber + "-" + t + "@bench.example", Language.DA);
                    em.persist(person);
                    Enrolment enrolment = Enrolment.application(cohort, person, first.atDay(1).minusMonths(1));
                    enrolment.enrol();
                    em.persist(enrolment);
                    for (TeachingDay day : cohort.teachingDays()) {
                        if (day.date().isBefore(today)) {
                            AttendanceStatus status = random.nextInt(10) == 0 ? AttendanceStatus.ABSENT
                                    : AttendanceStatus.PRESENT;
                            em.persist(Attendance.record(enrolment, day, status, null, person, Instant.now()));
                        }
                    }
                }
            });
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void measureTheDashboard() throws IOException {
        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", "peer-demo-2026");
        for (int i = 0; i < WARM_UP; i++) {
            assertEquals(200, coordinator.get("coordinator/").status());
        }
        List<Long> millis = new ArrayList<>();
        int runningRows = 0;
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            WebUser.Page page = coordinator.get("coordinator/");
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertEquals(200, page.status());
            runningRows = page.document().select("#running tbody tr").size();
        }
        Collections.sort(millis);
        String result = String.join("\n",
                "| what | figure |",
                "|---|---|",
                "| cohorts | " + (COHORTS + 2) + " (" + runningRows + " running) |",
                "| trainees | " + (COHORTS * TRAINEES_PER_COHORT + 24) + " |",
                "| requests measured | " + MEASURED + " after " + WARM_UP + " warm-up |",
                "| median | " + millis.get(MEASURED / 2) + " ms |",
                "| 95th percentile | " + millis.get((int) Math.ceil(MEASURED * 0.95) - 1) + " ms |",
                "| slowest | " + millis.get(MEASURED - 1) + " ms |",
                "");
        Path out = Path.of("target/bench/dashboard.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
        System.out.println("\n== Dashboard benchmark\n" + result);
    }
}
