package dk.peermentor.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
import dk.peermentor.certificates.Certificate;
import dk.peermentor.certificates.CertificateCounter;
import dk.peermentor.certificates.VerificationCode;
import dk.peermentor.cohort.Cohort;
import dk.peermentor.cohort.Enrolment;
import dk.peermentor.identity.Account;
import dk.peermentor.identity.Person;
import dk.peermentor.identity.Role;
import dk.peermentor.platform.AccessDenied;
import dk.peermentor.platform.Language;
import dk.peermentor.platform.Time;
import dk.peermentor.testing.AppClock;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.Graduates;
import dk.peermentor.testing.InTransaction;
import dk.peermentor.testing.WebUser;
import dk.peermentor.testing.WebUser.Page;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Every way into and out of the pool on the demo, through the real pages where a person acts and in
 * the container where the facts are checked: consent (recorded with time and version, history kept),
 * withdrawal, a coordinator's pause and its lifting, deactivation and reactivation, a birthday passing
 * the range, revocation and erasure; the feed stays gap-free for a reader while twenty graduates
 * consent at the same moment; a caller without a scope or role gets nothing.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class MatchingIT {

    private static final String PASSWORD = "peer-demo-2026";
    private static final String COORDINATOR = "coordinator@demo.example";
    /** Demo graduates of the earlier cohort, in the pool from the start (Ahmed Rahimi is paused). */
    private static final String NADIA = "nadia.holm@demo.example";
    private static final String JOHAN = "johan.krog@demo.example";
    private static final String LINE = "line.sommer@demo.example";
    private static final int PARALLEL = 20;
    private static final Path HAND_OVER = Path.of(System.getenv().getOrDefault("PEERMENTOR_DATA_DIR", "target/it-data"),
            "matching.properties");

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @Inject
    InTransaction tx;

    @Inject
    MentorPool pool;

    @Inject
    EligibilityService eligibility;

    @Inject
    EligibilityReview review;

    @Test
    @Order(1)
    void theDemoPoolHoldsThreeGraduatesAndTheFourthIsPaused() {
        assertTrue(inPool(NADIA) && inPool(JOHAN) && inPool(LINE));
        assertFalse(inPool("ahmed.rahimi@demo.example"), "paused by the coordinator");
        assertEquals(EligibilityChange.BECAME_ELIGIBLE, changesOf(NADIA).get(0), "in the pool since the demo was made");
    }

    @Test
    @Order(2)
    void withoutAScopeOrTheCoordinatorRoleThePoolIsClosed() {
        // In the container nobody is logged in: no scope, no role.
        assertThrows(AccessDenied.class, () -> pool.eligible(MentorFilter.NONE, null, 10));
        assertThrows(AccessDenied.class, () -> pool.eligibleMentor(publicIdOf(NADIA)));
        assertThrows(AccessDenied.class, () -> pool.eventsAfter(0, 10));
        assertThrows(AccessDenied.class, () -> pool.reportMatchState(publicIdOf(NADIA), MatchState.MATCHED, "test"));
    }

    @Test
    @Order(3)
    @RunAsClient
    void aGraduateConsentsFillsTheProfileAndIsInThePool() {
        String email = Graduates.certifyOne(app);
        handOver("graduate", email);
        WebUser graduate = WebUser.loggedIn(app, email, PASSWORD);
        assertFalse(graduate.get("trainee/").document().select("a#matching-link").isEmpty(), "linked from the start page");
        Page page = graduate.get("trainee/matching");
        assertEquals(200, page.status());
        assertTrue(MatchingPages.standing(page).contains("Du er ikke i puljen"), MatchingPages.standing(page));
        assertTrue(page.document().select("#reasons").text().contains("ikke givet samtykke"), page.text());
        assertTrue(page.text().contains("matching.consent.v1"), "the version of the text is shown");

        Page consented = graduate.submit(page, "consent", Map.of(), "consent:give");
        assertTrue(consented.messages().contains("samtykke er registreret"), consented.messages());
        assertTrue(MatchingPages.standing(consented).contains("Du er i puljen"), MatchingPages.standing(consented));
        assertTrue(consented.document().select("#consent-given").text().contains("matching.consent.v1"));

        Page stale = graduate.get("trainee/matching");
        Page saved = graduate.submit(consented, "profile", Map.of("profile:languages", "Dansk, Polsk",
                "profile:interests", "Cykling", "profile:area", "Fjordby", "profile:kinds", "SPORT",
                "profile:frequency", "WEEKLY", "profile:days", "THURSDAY", "profile:shareFirstName", "true"),
                "profile:save");
        assertTrue(saved.messages().contains("profil er gemt"), saved.messages());
        assertEquals("Dansk, Polsk", saved.document().getElementById("profile:languages").val());

        Page overwritten = graduate.submit(stale, "profile", Map.of("profile:languages", "Engelsk"), "profile:save");
        assertTrue(overwritten.messages().contains("ændret et andet sted"), overwritten.messages());
        assertEquals("Dansk, Polsk", overwritten.document().getElementById("profile:languages").val(),
                "the stale tab did not overwrite, and now shows what is saved");
    }

    @Test
    @Order(4)
    void theConsentIsRecordedWithTimeAndVersionAndTheFeedToldOfIt() {
        String email = handOver("graduate");
        List<MatchingConsent> consents = consentsOf(email);
        assertEquals(1, consents.size());
        assertEquals("matching.consent.v1", consents.get(0).textVersion());
        assertTrue(Duration.between(consents.get(0).givenAt(), AppClock.clock().instant()).toMinutes() < 10);
        assertEquals(List.of(EligibilityChange.BECAME_ELIGIBLE, EligibilityChange.UPDATED), changesOf(email));
        MentorView shown = tx.call(em -> pool.viewsOf(List.of(entryOf(em, email)))).get(0);
        assertNotNull(shown.firstName(), "the first name was chosen");
        assertEquals(null, shown.email(), "the e-mail was not");
        assertEquals(null, shown.phone());
        assertEquals(List.of("Dansk", "Polsk"), shown.profile().languages());
        assertEquals(AppClock.today(), shown.certifiedOn());
    }

    @Test
    @Order(5)
    void theFiltersFindTheGraduateWhateverTheCaseAndPagesWalkThePoolOnce() {
        String id = publicIdOf(handOver("graduate"));
        for (MentorFilter finds : List.of(new MentorFilter(null, "POLSK", null, null, null, null),
                new MentorFilter(" fjordby ", "dansk", "cykling", ActivityKind.SPORT, Frequency.WEEKLY,
                        java.time.DayOfWeek.THURSDAY))) {
            assertTrue(ids(finds).contains(id), finds.toString());
        }
        for (MentorFilter missesThem : List.of(new MentorFilter(null, "pol", null, null, null, null),
                new MentorFilter("9990", null, null, null, null, null),
                new MentorFilter(null, null, null, ActivityKind.EDUCATION, null, null),
                new MentorFilter(null, null, null, null, Frequency.EVERY_OTHER_WEEK, null),
                new MentorFilter(null, null, null, null, null, java.time.DayOfWeek.MONDAY),
                new MentorFilter(null, "%", null, null, null, null))) {
            assertFalse(ids(missesThem).contains(id), missesThem.toString());
        }
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            String after = cursor;
            MentorPage page = tx.call(em -> pool.page(MentorFilter.NONE, after, 1));
            page.mentors().forEach(m -> walked.add(m.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertEquals(ids(MentorFilter.NONE), walked, "one at a time, each once, in id order");
        // Other tests add graduates to the pool: Nadia, Johan, Line and this test's graduate are among them.
        assertTrue(walked.containsAll(List.of(publicIdOf(NADIA), publicIdOf(JOHAN), publicIdOf(LINE), id)), walked.toString());
    }

    @Test
    @Order(6)
    @RunAsClient
    void withdrawingTakesTheGraduateOutAndConsentingAgainKeepsTheHistory() {
        WebUser graduate = WebUser.loggedIn(app, handOver("graduate"), PASSWORD);
        Page withdrawn = graduate.submit(graduate.get("trainee/matching"), "consent", Map.of(), "consent:withdraw");
        assertTrue(withdrawn.messages().contains("trukket tilbage"), withdrawn.messages());
        assertTrue(MatchingPages.standing(withdrawn).contains("ikke i puljen"), MatchingPages.standing(withdrawn));
        Page again = graduate.submit(withdrawn, "consent", Map.of(), "consent:give");
        assertTrue(MatchingPages.standing(again).contains("Du er i puljen"), MatchingPages.standing(again));
    }

    @Test
    @Order(7)
    void theConsentHistoryKeepsEveryRow() {
        String email = handOver("graduate");
        List<MatchingConsent> consents = consentsOf(email);
        assertEquals(2, consents.size(), "a new consent is a new row");
        assertNotNull(consents.get(0).withdrawnAt());
        assertEquals(null, consents.get(1).withdrawnAt());
        assertEquals(List.of(EligibilityChange.BECAME_ELIGIBLE, EligibilityChange.UPDATED,
                EligibilityChange.NO_LONGER_ELIGIBLE, EligibilityChange.BECAME_ELIGIBLE), changesOf(email));
    }

    @Test
    @Order(8)
    @RunAsClient
    void aCoordinatorPausesWithAReasonTheGraduateSeesItAndTheLiftBringsThemBack() {
        WebUser coordinator = WebUser.loggedIn(app, COORDINATOR, PASSWORD);
        assertFalse(coordinator.get("coordinator/").document().select("a#matching-link").isEmpty());
        Page register = coordinator.get("coordinator/matching");
        assertTrue(register.document().select("#pool\\:table").text().contains("Line Sommer"), register.text());
        String pause = register.document().select("tr:contains(Line Sommer) input[name$=:pause]").attr("name");
        Page asked = coordinator.submit(register, "pool", Map.of(), pause);
        Page noReason = coordinator.submit(asked, "pausing", Map.of("pausing:reason", " "), "pausing:confirm");
        assertFalse(noReason.messages().isEmpty(), "a pause needs a reason");
        Page paused = coordinator.submit(asked, "pausing", Map.of("pausing:reason", "Holder ferie i juli"), "pausing:confirm");
        assertTrue(paused.messages().contains("Line Sommer er sat på pause"), paused.messages());
        assertFalse(paused.document().select("#pool\\:table").text().contains("Line Sommer"), "out of the pool");

        WebUser line = WebUser.loggedIn(app, LINE, PASSWORD);
        assertTrue(MatchingPages.standing(line.get("trainee/matching")).contains("Sat på pause af koordinatoren: Holder ferie i juli"));

        String lift = paused.document().select("li:contains(Line Sommer) input[name$=:lift]").attr("name");
        Page lifted = coordinator.submit(paused, "paused", Map.of(), lift);
        assertTrue(lifted.messages().contains("ophævet"), lifted.messages());
        assertTrue(lifted.document().select("#pool\\:table").text().contains("Line Sommer"));
        Page history = coordinator.submit(lifted, "pool", Map.of(),
                lifted.document().select("tr:contains(Line Sommer) input[name$=:history]").attr("name"));
        String lines = history.document().select("#history").text();
        assertTrue(lines.contains("Holder ferie i juli") && lines.contains("Pausen ophævet") && lines.contains("Forlod puljen")
                && lines.contains("Gav samtykke (tekst matching.consent.v1)"), lines);

        Page audit = coordinator.submit(coordinator.get("coordinator/audit"), "audit",
                Map.of("audit:action", "MATCHING_CHANGED"), "audit:search");
        assertTrue(audit.text().contains("MatchingPause") && audit.text().contains("lifted"), "pause and lift are audited: "
                + audit.text());
        assertFalse(audit.text().contains("Holder ferie i juli"), "the reason stays out of the append-only log");
    }

    @Test
    @Order(9)
    @RunAsClient
    void deactivationTakesAGraduateOutAndReactivationBringsThemBack() {
        WebUser coordinator = WebUser.loggedIn(app, COORDINATOR, PASSWORD);
        Page users = coordinator.get("coordinator/users?q=" + NADIA);
        Page deactivated = coordinator.submit(users, "users", Map.of(), MatchingPages.rowButton(users, NADIA, "deactivate"));
        assertEquals(200, deactivated.status(), deactivated.messages());
        Page again = coordinator.get("coordinator/users?q=" + NADIA);
        coordinator.submit(again, "users", Map.of(), MatchingPages.rowButton(again, NADIA, "reactivate"));
    }

    @Test
    @Order(10)
    void aReportedMatchIsToldAsAnUpdateOnceAndShown() {
        // What MentorPool.reportMatchState does once the caller's scope is checked (the API's tests call it with one).
        for (int twice = 0; twice < 2; twice++) {
            tx.run(em -> {
                eligibility.lockedCounter();
                PoolEntry entry = entryOf(em, LINE);
                entry.reportMatch(MatchState.MATCHED, "matching-module", AppClock.clock().instant());
                eligibility.reassess(entry.person());
            });
        }
        List<EligibilityChange> changes = changesOf(LINE);
        assertEquals(EligibilityChange.UPDATED, changes.get(changes.size() - 1));
        assertEquals(1, changes.stream().filter(c -> c == EligibilityChange.UPDATED).count(),
                "the same status again tells nothing: " + changes);
        MentorView shown = tx.call(em -> pool.viewsOf(List.of(entryOf(em, LINE)))).get(0);
        assertEquals(MatchState.MATCHED, shown.matchState());
    }

    @Test
    @Order(11)
    void theFeedSawNadiaLeaveAndComeBack() {
        List<EligibilityChange> changes = changesOf(NADIA);
        assertEquals(List.of(EligibilityChange.NO_LONGER_ELIGIBLE, EligibilityChange.BECAME_ELIGIBLE),
                changes.subList(changes.size() - 2, changes.size()), "out with the account, back with it");
        assertTrue(inPool(NADIA));
    }

    @Test
    @Order(12)
    void aBirthdayPastTheRangeTakesAGraduateOutOnTheNightlyReview() {
        LocalDate today = AppClock.today();
        int before = changesOf(JOHAN).size();
        setBirth(JOHAN, today.minusYears(51));
        review.reviewAll();
        assertFalse(inPool(JOHAN), "51 today: past the programme's 50");
        setBirth(JOHAN, today.minusYears(51).plusDays(1));
        review.reviewAll();
        assertTrue(inPool(JOHAN), "still 50 until tomorrow");
        List<EligibilityChange> changes = changesOf(JOHAN);
        assertEquals(List.of(EligibilityChange.NO_LONGER_ELIGIBLE, EligibilityChange.BECAME_ELIGIBLE),
                changes.subList(before, changes.size()));
        review.reviewAll();
        assertEquals(changes.size(), changesOf(JOHAN).size(), "nothing changed, nothing told");
    }

    @Test
    @Order(13)
    void twentyGraduatesConsentingAtOnceGiveAGapFreeFeedThatAReaderFollowsWithoutLossOrRepeat() throws Exception {
        List<Long> people = twentyGraduatesWithoutConsent();
        long start = tx.call(em -> em.createQuery("select max(f.position) from FeedEntry f", Long.class)
                .getSingleResult());
        ExecutorService threads = Executors.newFixedThreadPool(PARALLEL + 1);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> changes = new ArrayList<>();
        for (Long person : people) {
            changes.add(threads.submit(() -> {
                go.await();
                tx.run(em -> {
                    Person p = em.find(Person.class, person);
                    em.persist(new MatchingConsent(p, MatchingConsent.CURRENT_VERSION, AppClock.clock().instant()));
                    eligibility.reassess(p);
                });
                return null;
            }));
        }
        // The reader follows the cursor as the matching module would, while the changes commit.
        Future<List<EligibilityEvent>> reader = threads.submit(() -> {
            List<EligibilityEvent> seen = new ArrayList<>();
            long cursor = start;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            go.await();
            while (seen.size() < PARALLEL && System.nanoTime() < deadline) {
                long after = cursor;
                List<EligibilityEvent> batch = tx.call(em -> pool.feedAfter(after, 7));
                for (EligibilityEvent event : batch) {
                    assertEquals(cursor + 1, event.position(), "no gap, no repeat after " + cursor);
                    cursor = event.position();
                    seen.add(event);
                }
            }
            return seen;
        });
        go.countDown();
        for (Future<?> change : changes) {
            change.get(2, TimeUnit.MINUTES);
        }
        List<EligibilityEvent> seen = reader.get(2, TimeUnit.MINUTES);
        threads.shutdown();
        assertEquals(PARALLEL, seen.size(), "every event seen: " + seen);
        assertEquals(PARALLEL, seen.stream().map(EligibilityEvent::mentorId).distinct().count(), "each graduate once");
        assertTrue(seen.stream().allMatch(e -> e.change() == EligibilityChange.BECAME_ELIGIBLE));
        List<EligibilityEvent> all = tx.call(em -> pool.feedAfter(0, 10_000));
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, all.get(i).position(), "positions 1..n without gaps");
        }
    }

    @Test
    @Order(14)
    @RunAsClient
    void revokingTheCertificateTakesTheGraduateOut() {
        String email = handOver("graduate");
        WebUser coordinator = WebUser.loggedIn(app, COORDINATOR, PASSWORD);
        String cohort = coordinator.get("coordinator/cohorts").document().select("a[href*=cohort?id=]:contains(Hold forår)")
                .first().attr("href").replaceAll(".*id=", "");
        Page page = coordinator.get("coordinator/certificates?cohort=" + cohort);
        String shown = MatchingPages.nameOf(email);
        org.jsoup.nodes.Element row = page.document().select("#issue\\:table tbody tr:contains(" + shown + ")").first();
        String revoke = row.select("input[type=submit][name$=:revoke]").attr("name");
        String reason = row.select("input[type=text][name$=:reason]").attr("name");
        Page revoked = coordinator.submit(page, "issue", Map.of(reason, "Udstedt ved en fejl"), revoke);
        assertTrue(revoked.messages().contains("tilbagekaldt"), revoked.messages());
        Page graduatePage = WebUser.loggedIn(app, email, PASSWORD).get("trainee/matching");
        assertTrue(graduatePage.document().getElementById("not-graduate") != null, graduatePage.text());
    }

    @Test
    @Order(15)
    void afterRevocationTheFeedSaysNoLongerEligible() {
        List<EligibilityChange> changes = changesOf(handOver("graduate"));
        assertEquals(EligibilityChange.NO_LONGER_ELIGIBLE, changes.get(changes.size() - 1));
        assertFalse(inPool(handOver("graduate")));
    }

    @Test
    @Order(16)
    @RunAsClient
    void erasureTakesTheGraduateOutAndForgetsConsentAndProfile() {
        WebUser coordinator = WebUser.loggedIn(app, COORDINATOR, PASSWORD);
        Page people = coordinator.submit(coordinator.get("coordinator/people"), "search",
                Map.of("search:query", JOHAN), "search:find");
        String personId = people.document().select("a[href*=person-data]").first().attr("href").replaceAll(".*person=", "");
        handOver("johan", personId);
        String export = coordinator.get("coordinator/person-data?person=" + personId).body();
        assertTrue(export.contains("\"matching\"") && export.contains("matching.consent.v1")
                && export.contains("Fodbold"), "the export holds consents and profile: " + export);
        Page asked = coordinator.submit(people, "found", Map.of(),
                people.document().select("input[name$=:erase]").first().attr("name"));
        Page erased = coordinator.submit(asked, "erase", Map.of("erase:reason", "Bad selv om sletning"), "erase:confirm");
        assertTrue(erased.messages().contains("slettet"), erased.messages());
    }

    @Test
    @Order(17)
    void afterErasureOnlyTheAnonymousFeedEntriesRemain() {
        long person = Long.parseLong(handOver("johan"));
        tx.run(em -> {
            for (String entity : List.of("MatchingConsent", "MatchingProfile", "MatchingPause")) {
                assertEquals(0L, em.createQuery("select count(r) from " + entity + " r where r.person.id = :id",
                        Long.class).setParameter("id", person).getSingleResult(), entity);
            }
            PoolEntry entry = em.createQuery("select e from PoolEntry e where e.person.id = :id", PoolEntry.class)
                    .setParameter("id", person).getSingleResult();
            assertFalse(entry.isEligible());
            List<EligibilityChange> changes = em.createQuery(
                    "select f.change from FeedEntry f where f.mentorId = :id order by f.position", EligibilityChange.class)
                    .setParameter("id", entry.publicId()).getResultList();
            assertEquals(EligibilityChange.NO_LONGER_ELIGIBLE, changes.get(changes.size() - 1));
        });
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private boolean inPool(String email) {
        return tx.call(em -> em.createQuery("""
                select count(e) from PoolEntry e where e.person.email = :email and e.eligible = true
                """, Long.class).setParameter("email", email).getSingleResult() > 0);
    }

    private List<String> ids(MentorFilter filter) {
        return tx.call(em -> pool.find(filter, null, 100).stream().map(PoolEntry::publicId).toList());
    }

    private String publicIdOf(String email) {
        return tx.call(em -> entryOf(em, email).publicId());
    }

    private static PoolEntry entryOf(EntityManager em, String email) {
        return em.createQuery("select e from PoolEntry e join fetch e.person where e.person.email = :email",
                PoolEntry.class).setParameter("email", email).getSingleResult();
    }

    private List<EligibilityChange> changesOf(String email) {
        return tx.call(em -> em.createQuery("""
                select f.change from FeedEntry f, PoolEntry e where f.mentorId = e.publicId and e.person.email = :email
                order by f.position
                """, EligibilityChange.class).setParameter("email", email).getResultList());
    }

    private List<MatchingConsent> consentsOf(String email) {
        return tx.call(em -> em.createQuery("""
                select c from MatchingConsent c where c.person.email = :email order by c.givenAt, c.id
                """, MatchingConsent.class).setParameter("email", email).getResultList());
    }

    private void setBirth(String email, LocalDate born) {
        tx.run(em -> em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", email).getSingleResult().recordDateOfBirth(born, AppClock.today()));
    }

    /** Certified (in the demo's earlier cohort, serials of the year 2099 so no real number is taken), active, 30. */
    private List<Long> twentyGraduatesWithoutConsent() {
        return tx.call(em -> {
            Enrolment model = em.createQuery("select e from Enrolment e where e.person.email = :email", Enrolment.class)
                    .setParameter("email", NADIA).getSingleResult();
            Cohort cohort = model.cohort();
            Person coordinator = em.createQuery("select p from Person p where p.email = :email", Person.class)
                    .setParameter("email", COORDINATOR).getSingleResult();
            CertificateCounter counter = em.find(CertificateCounter.class, 2099, LockModeType.PESSIMISTIC_WRITE);
            LocalDate today = AppClock.today();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                Person person = new Person("Samtidig" + (char) ('A' + i), "Mentor", "samtidig.mentor" + i + "@test.example",
                        Language.DA);
                person.recordDateOfBirth(today.minusYears(30), today);
                em.persist(person);
                em.persist(new Account(person, EnumSet.of(Role.TRAINEE), AppClock.clock().instant()));
                Enrolment enrolment = Enrolment.application(cohort, person, model.appliedOn());
                enrolment.enrol();
                em.persist(enrolment);
                cohort.teachingDays().forEach(day -> em.persist(Attendance.record(enrolment, day, AttendanceStatus.PRESENT,
                        null, coordinator, day.date().atTime(10, 0).atZone(Time.ZONE).toInstant())));
                enrolment.complete();
                em.persist(Certificate.issue(enrolment, 2099, counter.next(), VerificationCode.random(), today, coordinator,
                        Language.DA));
                em.flush();
                ids.add(person.id());
            }
            return ids;
        });
    }

    private static void handOver(String key, String value) {
        Properties handOver = new Properties();
        try {
            Files.createDirectories(HAND_OVER.getParent());
            if (Files.exists(HAND_OVER)) {
                try (Reader in = Files.newBufferedReader(HAND_OVER)) {
                    handOver.load(in);
                }
            }
            handOver.setProperty(key, value);
            try (Writer out = Files.newBufferedWriter(HAND_OVER)) {
                handOver.store(out, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String handOver(String key) {
        Properties handOver = new Properties();
        try (Reader in = Files.newBufferedReader(HAND_OVER)) {
            handOver.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return handOver.getProperty(key);
    }
}
