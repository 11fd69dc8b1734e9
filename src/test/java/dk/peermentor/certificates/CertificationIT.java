package dk.peermentor.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
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
import dk.peermentor.curriculum.CurriculumRegistry;
import dk.peermentor.identity.Person;
import dk.peermentor.platform.Language;
import dk.peermentor.platform.Time;
import dk.peermentor.testing.AppClock;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.InTransaction;
import dk.peermentor.testing.WebUser;
import dk.peermentor.testing.WebUser.Download;
import dk.peermentor.testing.WebUser.Page;

import jakarta.inject.Inject;

/**
 * Certificates on the demo: twenty coordinators issuing at the same moment get twenty numbers without
 * a gap, the database refuses a second certificate, a revoked certificate stays and says so, an export
 * always shows the same certificate, and the public verify page tells valid, revoked and unknown apart
 * (unknown and malformed alike) and stops a visitor who asks too often.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class CertificationIT {

    private static final String PASSWORD = "peer-demo-2026";
    private static final String COORDINATOR = "coordinator@demo.example";
    private static final String CROWD = "Hold til samtidighed";
    private static final int PARALLEL = 20;
    private static final Path HAND_OVER = Path.of(System.getenv().getOrDefault("PEERMENTOR_DATA_DIR", "target/it-data"),
            "certification.properties");

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @Inject
    InTransaction tx;

    @Inject
    CurriculumRegistry curriculum;

    @Test
    @Order(1)
    void aFinishedCohortOfTwentyWhoAttendedEveryDay() throws IOException {
        LocalDate today = AppClock.today();
        long cohortId = tx.call(em -> {
            Programme programme = em.createQuery("select p from Programme p", Programme.class).getResultList().get(0);
            Person trainer = em.createQuery("select p from Person p where p.email = 'trainer@demo.example'",
                    Person.class).getSingleResult();
            Cohort cohort = new Cohort(programme, CROWD, "Havnegade 12", 30);
            for (int day = 1; day <= Cohort.TEACHING_DAYS; day++) {
                cohort.scheduleTeachingDay(day, today.minusMonths(8).plusWeeks(2L * day), java.time.LocalTime.of(9, 30),
                        java.time.LocalTime.of(15, 0), "Havnegade 12", curriculum.curriculum().unitOfDay(day).id());
            }
            em.persist(cohort);
            for (int i = 0; i < PARALLEL; i++) {
                Person person = new Person("Deltager" + (char) ('A' + i), "Samtidig", "samtidig" + i + "@test.example",
                        Language.DA);
                em.persist(person);
                Enrolment enrolment = Enrolment.application(cohort, person, today.minusMonths(9));
                enrolment.enrol();
                em.persist(enrolment);
                for (var day : cohort.teachingDays()) {
                    em.persist(Attendance.record(enrolment, day, AttendanceStatus.PRESENT, null, trainer,
                            day.date().atTime(10, 0).atZone(Time.ZONE).toInstant()));
                }
                enrolment.complete();
            }
            em.flush();
            return cohort.id();
        });
        Properties handOver = new Properties();
        handOver.setProperty("crowd", Long.toString(cohortId));
        Files.createDirectories(HAND_OVER.getParent());
        try (Writer out = Files.newBufferedWriter(HAND_OVER)) {
            handOver.store(out, null);
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void certificateNumbersHaveNoGapsUnderConcurrentIssuing() throws Exception {
        String cohort = handOver("crowd");
        List<WebUser> coordinators = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            WebUser coordinator = WebUser.loggedIn(app, COORDINATOR, PASSWORD);
            coordinators.add(coordinator);
            pages.add(coordinator.get("coordinator/certificates?cohort=" + cohort));
        }
        assertEquals(PARALLEL, pages.get(0).document().select("input[type=checkbox][name$=:pick]").size(),
                pages.get(0).text());

        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        CountDownLatch start = new CountDownLatch(1);
        // The tasks answer status and messages as text: a WebUser type in a lambda's signature would
        // keep the in-container steps of this class from loading (the war holds no jsoup).
        List<Future<String>> issued = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            int row = i;
            issued.add(pool.submit(() -> {
                start.await();
                Page answer = coordinators.get(row).submit(pages.get(row), "issue",
                        Map.of("issue:table:" + row + ":pick", "on"), "issue:issueSelected");
                return answer.status() + " " + answer.messages();
            }));
        }
        start.countDown();
        for (Future<String> answer : issued) {
            String page = answer.get(2, TimeUnit.MINUTES);
            assertTrue(page.startsWith("200 ") && page.contains("1 bevis(er) udstedt"), page);
        }
        pool.shutdown();

        Page after = coordinators.get(0).get("coordinator/certificates?cohort=" + cohort);
        List<Integer> serials = after.document().select(".certificate-number").eachText().stream()
                .peek(n -> assertTrue(n.startsWith(AppClock.today().getYear() + "-"), n))
                .map(n -> Integer.valueOf(n.substring(5))).sorted().toList();
        assertEquals(PARALLEL, serials.size(), after.text());
        assertEquals(PARALLEL, serials.stream().distinct().count(), "unique numbers: " + serials);
        assertEquals(serials.get(0) + PARALLEL - 1, serials.get(PARALLEL - 1), "no gaps: " + serials);
        assertEquals(PARALLEL, after.document().select(".certificate-code").eachText().stream().distinct().count());
    }

    @Test
    @Order(3)
    void theDatabaseRefusesASecondCertificateForTheSameEnrolment() {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> tx.run(em -> {
            Certificate first = em.createQuery("select c from Certificate c where c.enrolment.cohort.name = :cohort",
                    Certificate.class).setParameter("cohort", CROWD).setMaxResults(1).getSingleResult();
            em.persist(Certificate.issue(first.enrolment(), 1999, 1, VerificationCode.random(), first.issuedOn(),
                    first.issuedBy(), Language.DA));
            em.flush();
        }));
        StringBuilder causes = new StringBuilder();
        for (Throwable t = refused; t != null; t = t.getCause()) {
            causes.append(t).append('\n');
        }
        assertTrue(causes.toString().toLowerCase().contains("certificate_once"), causes.toString());
    }

    @Test
    @Order(4)
    @RunAsClient
    void aRevokedCertificateStaysOnRecordAndTheVerifyPageSaysRevoked() {
        WebUser coordinator = WebUser.loggedIn(app, COORDINATOR, PASSWORD);
        String cohort = handOver("crowd");
        Page page = coordinator.get("coordinator/certificates?cohort=" + cohort);
        Element row = page.document().select("#issue\\:table tbody tr").first();
        String number = row.select(".certificate-number").text();
        String code = row.select(".certificate-code").text();
        String revoke = row.select("input[type=submit][name$=:revoke]").attr("name");
        String reasonField = row.select("input[type=text][name$=:reason]").attr("name");
        assertEquals("Beviset er gyldigt.", new WebUser(app).get("verify/" + code).document().select("#verify-state").text());

        Page noReason = coordinator.submit(page, "issue", Map.of(reasonField, " "), revoke);
        assertTrue(noReason.messages().contains("Skriv en grund"), noReason.messages());

        Page revoked = coordinator.submit(noReason, "issue", Map.of(reasonField, "Udstedt ved en fejl"), revoke);
        assertTrue(revoked.messages().contains("tilbagekaldt"), revoked.messages());
        Element still = revoked.document().select("#issue\\:table tbody tr:has(.certificate-number:containsOwn(" + number + "))").first();
        assertNotNull(still, "the revoked certificate stays on record");
        assertTrue(still.text().contains("Tilbagekaldt") && still.text().contains("Udstedt ved en fejl"), still.text());
        assertTrue(still.select("input[name$=:pick]").isEmpty(), "no second certificate for the same trainee");

        Page verify = new WebUser(app).get("verify/" + code);
        assertEquals("Beviset er tilbagekaldt og ikke længere gyldigt.", verify.document().select("#verify-state").text());
        assertTrue(coordinator.get("coordinator/audit").text().contains("Certificate"), "issuing and revoking are audited");
    }

    @Test
    @Order(5)
    @RunAsClient
    void reExportingGivesTheSameCertificate() throws IOException {
        WebUser coordinator = WebUser.loggedIn(app, COORDINATOR, PASSWORD);
        Page page = coordinator.get("coordinator/certificates?cohort=" + handOver("crowd"));
        Element row = page.document().select("#issue\\:table tbody tr:has(input[name$=:revoke])").first();
        String href = row.select("a.download").attr("href").replaceFirst("^.*/certificates/", "certificates/");
        String number = row.select(".certificate-number").text();
        String code = row.select(".certificate-code").text();

        Download first = coordinator.download(href);
        Download second = coordinator.download(href);
        assertEquals(200, first.status());
        assertEquals("application/pdf", first.headers().firstValue("Content-Type").orElse(""));
        assertTrue(first.headers().firstValue("Content-Disposition").orElse("").matches(
                "attachment; filename=\"" + number + "-Samtidig-Deltager[A-Z]\\.pdf\""),
                first.headers().firstValue("Content-Disposition").orElse(""));
        String text = text(first.body());
        assertEquals(text, text(second.body()));
        assertTrue(text.contains(number) && text.contains(code), text);
        assertTrue(text.contains(DateTimeFormatter.ofPattern("d. MMMM yyyy", Language.DA.locale())
                .format(AppClock.today())), "issued today: " + text);
        assertTrue(text.contains("https://peer.example.dk/verify/" + code), text);
        String english = text(coordinator.download(href + "?lang=en").body());
        assertTrue(english.contains(number) && english.contains(code), "the same certificate in English");

        Page afterwards = coordinator.get("coordinator/certificates?cohort=" + handOver("crowd"));
        assertEquals(page.document().select(".certificate-number").eachText(),
                afterwards.document().select(".certificate-number").eachText(), "exporting issues nothing new");

        WebUser stranger = WebUser.loggedIn(app, "trainee@demo.example", PASSWORD);
        assertEquals(403, stranger.download(href).status());
    }

    @Test
    @Order(6)
    @RunAsClient
    void unknownAndMalformedCodesGetTheSamePage() {
        WebUser visitor = new WebUser(app);
        Page unknown = visitor.get("verify/0000-0000-0000");
        Page malformed = visitor.get("verify/hello");
        Page typed = visitor.get("verify?code=not+a+code");

        assertEquals(200, unknown.status());
        assertEquals(200, malformed.status());
        assertEquals(unknown.document().select("main").text(), malformed.document().select("main").text());
        assertEquals(unknown.document().select("main").text(), typed.document().select("main").text());
        assertTrue(unknown.text().contains("Vi kender ikke et bevis"), unknown.text());
        assertTrue(visitor.get("verify").document().select("form#verify input[name=code]").size() == 1);
    }

    @Test
    @Order(7)
    @RunAsClient
    void aTypedCodeIsForgivingAndShowsOnlyNameCourseAndDate() {
        WebUser coordinator = WebUser.loggedIn(app, COORDINATOR, PASSWORD);
        Element row = coordinator.get("coordinator/certificates?cohort=" + handOver("crowd")).document()
                .select("#issue\\:table tbody tr:has(input[name$=:revoke])").first();
        String code = row.select(".certificate-code").text();

        Page page = new WebUser(app).get("verify?code=" + code.toLowerCase().replace("-", "+"));
        assertEquals("Beviset er gyldigt.", page.document().select("#verify-state").text());
        assertEquals(row.select(".trainee-name").text(), page.document().select("#verify-name").text());
        assertEquals(3, page.document().select(".verify-details dd").size(), "name, course and date, nothing else");
        assertFalse(page.text().contains("@test.example"));
    }

    @Test
    @Order(8)
    @RunAsClient
    void tooManyLookupsFromOneAddressAreRefused() {
        // As behind our proxy (loopback is trusted), from an address of this test's own: the limit is
        // per address, and every other test on this server looks codes up from this machine's.
        String address = "198.51.100." + (1 + new java.util.Random().nextInt(250));
        java.net.URI loopback = java.net.URI.create(app.toString().replaceFirst("//[^:/]+", "//127.0.0.1"));
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        Page answer = null;
        for (int i = 0; i < 30; i++) {
            java.net.URI lookup = loopback.resolve("verify/0000-0000-000" + (i % 10));
            try {
                java.net.http.HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(lookup)
                        .header("X-Forwarded-For", address).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                answer = new Page(response.statusCode(), response.body(), response.headers(), lookup);
            } catch (java.io.IOException | InterruptedException e) {
                throw new AssertionError("GET " + lookup, e);
            }
            if (answer.status() == 429) {
                break;
            }
        }
        assertEquals(429, answer.status());
        assertTrue(answer.text().contains("For mange opslag"), answer.text());
        assertEquals(1, answer.document().select("form#verify").size(), "the same page, with its form");
        assertTrue(answer.document().select(".verify--valid, .verify--revoked, .verify--unknown").isEmpty());
    }

    @Test
    @Order(9)
    @RunAsClient
    void theCoordinatorChangesTheProgrammesRuleWithinOneToSix() {
        WebUser coordinator = WebUser.loggedIn(app, COORDINATOR, PASSWORD);
        Page refused = coordinator.submit(coordinator.get("coordinator/cohorts"), "certification",
                Map.of("certification:days", "7"), "certification:save");
        assertTrue(refused.messages().contains("mellem 1 og 6"), refused.messages());

        Page saved = coordinator.submit(coordinator.get("coordinator/cohorts"), "certification",
                Map.of("certification:days", "4", "certification:makeUps", "off"), "certification:save");
        assertTrue(saved.messages().contains("Reglen for beviset er gemt"), saved.messages());
        assertTrue(saved.document().select("#certification-rule").text().contains("mindst 4 af de 6")
                && saved.document().select("#certification-rule").text().contains("skal ikke indhentes"),
                "unticked: make-ups not required; " + saved.document().select("#certification-rule").text());
        String rule = coordinator.get("coordinator/certificates?cohort=" + handOver("crowd")).document()
                .select("#certificate-rule").text();
        assertTrue(rule.contains("mindst 4 af de 6"), rule);

        coordinator.submit(coordinator.get("coordinator/cohorts"), "certification",
                Map.of("certification:days", "5", "certification:makeUps", "on"), "certification:save");
        assertTrue(coordinator.get("coordinator/audit").text().contains("Programme"));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String handOver(String key) {
        Properties handOver = new Properties();
        try (Reader in = Files.newBufferedReader(HAND_OVER)) {
            handOver.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return handOver.getProperty(key);
    }
}
