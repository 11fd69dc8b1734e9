package dk.peermentor.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

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

import dk.peermentor.identity.Account;
import dk.peermentor.identity.Passwords;
import dk.peermentor.testing.AppClock;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.InTransaction;
import dk.peermentor.testing.TodaysCohort;
import dk.peermentor.testing.WebUser;
import dk.peermentor.testing.WebUser.Page;

import jakarta.inject.Inject;

/**
 * Self check-in by QR code, as trainer and trainees live it: the trainer opens it on the roll call,
 * a trainee opens the code's link on their phone and is present, the trainer sees it and can
 * overrule it. A code that was used, expired, belongs to another cohort's day, or is opened by
 * someone not enrolled, or after the trainer closed the check-in, marks nobody.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class SelfCheckInIT {

    private static final String PASSWORD = "peer-demo-2026";
    private static final String TRAINER = "trainer@demo.example";
    private static final List<String> TRAINEES = List.of("ida.skov", "jon.bach", "kim.vest", "lis.ager");
    /** What the client-side steps and the in-container step hand each other. */
    private static final Path HAND_OVER = Path.of(System.getenv().getOrDefault("PEERMENTOR_DATA_DIR", "target/it-data"),
            "self-check-in.properties");

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @Inject
    InTransaction tx;

    @Inject
    Passwords passwords;

    @Test
    @Order(1)
    @RunAsClient
    void theTrainerOpensSelfCheckInOnTodaysRollCall() throws IOException {
        String dayA = TodaysCohort.create(app, "Hold med QR", "ida.skov", "jon.bach", "kim.vest");
        String dayB = TodaysCohort.create(app, "Andet hold", "lis.ager");
        WebUser trine = WebUser.loggedIn(app, TRAINER, PASSWORD);
        for (String day : List.of(dayA, dayB)) {
            Page rollCall = trine.get("trainer/roll-call?day=" + day);
            assertTrue(rollCall.text().contains("Selv-tjek-ind"), rollCall.text());
            Page opened = trine.submit(rollCall, "checkIn", Map.of(), "checkIn:open");
            assertTrue(opened.document().select("#checkIn svg[role=img][aria-label]").size() == 1, opened.body());
            assertTrue(Screen.link(opened).contains("check-in?day=" + day + "&code="), Screen.link(opened));
        }
        Properties handOver = new Properties();
        handOver.setProperty("dayA", dayA);
        handOver.setProperty("dayB", dayB);
        save(handOver);
    }

    /** The fixture's trainees have accounts but no password yet; they get the demo one. */
    @Test
    @Order(2)
    void theTraineesCanLogInAndAnOldCodeIsKeptForLater() throws IOException {
        tx.run(em -> em.createQuery("select a from Account a where a.person.email in :emails", Account.class)
                .setParameter("emails", TRAINEES.stream().map(t -> t + "@demo.example").toList())
                .getResultList().forEach(account -> account.changePassword(passwords.hash(PASSWORD))));
        Properties handOver = load();
        long dayA = Long.parseLong(handOver.getProperty("dayA"));
        // Shown on the screen 90 seconds ago: a photo of it is too old now.
        String expired = tx.call(em -> CheckInCode.issue(em.find(CheckIn.class, dayA).secret(), dayA,
                AppClock.clock().instant().minusSeconds(90), 0).token());
        handOver.setProperty("expired", expired);
        save(handOver);
    }

    @Test
    @Order(3)
    @RunAsClient
    void aTraineeChecksInWithTheCodeOnTheScreenAndNobodyElseCanUseIt() throws IOException {
        Properties handOver = load();
        String dayA = handOver.getProperty("dayA");
        WebUser trine = WebUser.loggedIn(app, TRAINER, PASSWORD);
        WebUser jon = WebUser.loggedIn(app, "jon.bach@demo.example", PASSWORD);

        Page expired = jon.get("trainee/check-in?day=" + dayA + "&code=" + handOver.getProperty("expired"));
        assertTrue(expired.text().contains("Koden er udløbet"), expired.text());

        // Ida scans the code before she has logged in on her phone: login, then back to the check-in.
        String idasCode = Screen.link(trine.get("trainer/roll-call?day=" + dayA));
        WebUser ida = new WebUser(app);
        Page toLogin = ida.get(idasCode);
        assertEquals(302, toLogin.status());
        assertTrue(toLogin.location().orElseThrow().endsWith("/login"));
        Page checkedIn = ida.follow(ida.login("ida.skov@demo.example", PASSWORD));
        assertTrue(checkedIn.text().contains("Du er tjekket ind til dag 1 på Hold med QR"), checkedIn.text());
        assertTrue(ida.get(idasCode).text().contains("Du er allerede tjekket ind"), "opening it again changes nothing");

        // The photo forwarded to Jon: used already, and Jon stays unmarked.
        Page replayed = jon.get(idasCode);
        assertTrue(replayed.text().contains("Koden er lige blevet brugt"), replayed.text());
        Page rollCall = trine.get("trainer/roll-call?day=" + dayA);
        String idasLine = Screen.line(rollCall, "Ida Skov").text();
        assertTrue(idasLine.contains("Mødt") && idasLine.contains("tjekkede selv ind kl."), idasLine);
        assertTrue(Screen.line(rollCall, "Jon Bach").text().contains("Ikke markeret"), Screen.line(rollCall, "Jon Bach").text());
        assertTrue(rollCall.text().contains("1 af 3 har tjekket ind selv"), rollCall.text());
        assertNotEquals(idasCode, Screen.link(rollCall), "after a use the screen shows a new code at once");
    }

    @Test
    @Order(4)
    @RunAsClient
    void aCodeOfAnotherCohortsDayOrForSomeoneNotEnrolledMarksNobody() throws IOException {
        Properties handOver = load();
        String dayA = handOver.getProperty("dayA");
        String dayB = handOver.getProperty("dayB");
        WebUser trine = WebUser.loggedIn(app, TRAINER, PASSWORD);
        WebUser jon = WebUser.loggedIn(app, "jon.bach@demo.example", PASSWORD);
        WebUser lis = WebUser.loggedIn(app, "lis.ager@demo.example", PASSWORD);

        String codeOfB = Screen.link(trine.get("trainer/roll-call?day=" + dayB)).replaceAll(".*code=", "");
        Page otherCohort = jon.get("trainee/check-in?day=" + dayA + "&code=" + codeOfB);
        assertTrue(otherCohort.text().contains("Koden er ikke gyldig"), otherCohort.text());

        String codeOfA = Screen.link(trine.get("trainer/roll-call?day=" + dayA));
        Page notEnrolled = lis.get(codeOfA);
        assertTrue(notEnrolled.text().contains("Du er ikke tilmeldt holdet Hold med QR"), notEnrolled.text());
        assertTrue(jon.get(codeOfA).text().contains("Du er tjekket ind"), "a refused attempt leaves the code unused");

        assertTrue(jon.get("trainee/check-in").text().contains("Koden er ikke gyldig"), "no day, no code");
        assertTrue(jon.get("trainee/check-in?day=x&code=y").text().contains("Koden er ikke gyldig"));
    }

    @Test
    @Order(5)
    @RunAsClient
    void theTrainersMarkWinsAndAClosedCheckInTakesNoCodes() throws IOException {
        Properties handOver = load();
        String dayA = handOver.getProperty("dayA");
        String dayB = handOver.getProperty("dayB");
        WebUser trine = WebUser.loggedIn(app, TRAINER, PASSWORD);
        WebUser kim = WebUser.loggedIn(app, "kim.vest@demo.example", PASSWORD);

        // Trine marked Kim late before Kim scanned: her mark stands.
        Page rollCall = trine.get("trainer/roll-call?day=" + dayA);
        rollCall = trine.submit(rollCall, "roll", Map.of(), Screen.button(rollCall, "Kim Vest", "Kom for sent"));
        Page marked = kim.get(Screen.link(trine.get("trainer/roll-call?day=" + dayA)));
        assertTrue(marked.text().contains("Din underviser har allerede registreret dig til dag 1 på Hold med QR: Kom for sent"),
                marked.text());

        // Jon checked in himself but left at once: Trine overrules with one tap.
        rollCall = trine.get("trainer/roll-call?day=" + dayA);
        Page overruled = trine.submit(rollCall, "roll", Map.of(), Screen.button(rollCall, "Jon Bach", "Udeblevet"));
        assertTrue(Screen.line(overruled, "Jon Bach").text().contains("Udeblevet"), Screen.line(overruled, "Jon Bach").text());
        assertFalse(Screen.line(overruled, "Jon Bach").text().contains("selv ind"), "the mark is the trainer's now");
        assertTrue(Screen.line(overruled, "Kim Vest").text().contains("Kom for sent"));

        Page dayBRollCall = trine.get("trainer/roll-call?day=" + dayB);
        String lisCode = Screen.link(dayBRollCall);
        Page closed = trine.submit(dayBRollCall, "checkIn", Map.of(), "checkIn:close");
        assertTrue(closed.document().select("#checkIn svg").isEmpty(), "no code once closed");
        WebUser lis = WebUser.loggedIn(app, "lis.ager@demo.example", PASSWORD);
        Page refused = lis.get(lisCode);
        assertTrue(refused.text().contains("Selv-tjek-ind er ikke åben"), refused.text());
        assertTrue(Screen.line(trine.get("trainer/roll-call?day=" + dayB), "Lis Ager").text().contains("Ikke markeret"));

        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD);
        Page audit = coordinator.submit(coordinator.get("coordinator/audit"), "audit",
                Map.of("audit:action", "ATTENDANCE_CHANGED"), "audit:search");
        assertTrue(audit.text().contains("PRESENT (self check-in)"), audit.text());
        assertTrue(audit.text().contains("self check-in closed"), audit.text());
    }

    private static Properties load() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(HAND_OVER)) {
            properties.load(reader);
        }
        return properties;
    }

    private static void save(Properties properties) throws IOException {
        Files.createDirectories(HAND_OVER.getParent());
        try (Writer writer = Files.newBufferedWriter(HAND_OVER)) {
            properties.store(writer, "SelfCheckInIT");
        }
    }

    /**
     * Reading the pages. A class of its own: the in-container run of this test has no jsoup, and
     * JUnit there looks at every method signature of the test class.
     */
    private static final class Screen {

        private Screen() {
        }

        /** The link under the QR code, as a path within the application. */
        static String link(Page rollCall) {
            Element link = rollCall.document().selectFirst("#checkIn .check-in__link");
            if (link == null) {
                throw new AssertionError("no check-in code on " + rollCall.uri() + ": " + rollCall.text());
            }
            return link.text().substring(link.text().indexOf("trainee/check-in"));
        }

        static Element line(Page page, String trainee) {
            Element line = page.document().select(".roll-call__line:contains(" + trainee + ")").first();
            if (line == null) {
                throw new AssertionError("no line for " + trainee + " on " + page.uri() + ": " + page.text());
            }
            return line;
        }

        static String button(Page page, String trainee, String status) {
            return line(page, trainee).select(".roll-call__marks button:contains(" + status + ")").first().attr("name");
        }
    }
}
