package dk.peermentor.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dk.peermentor.testing.Browser;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.TodaysCohort;
import dk.peermentor.testing.WebUser;
import dk.peermentor.testing.WebUser.Page;

/**
 * The trainer's phone shows the QR code; a trainee checks in on theirs, and the trainer sees it
 * arrive without reloading. Both pages work at 360 px and pass axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelfCheckInBrowserIT {

    private static final String PASSWORD = "peer-demo-2026";
    private static final String MIAS_PASSWORD = "en lang og stille aften";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theTrainerSeesATraineesCheckInArriveLive() {
        String day = TodaysCohort.create(app, "QR-holdet", "mia.storm", "noah.vang");
        WebUser mia = traineeWithPassword("mia.storm@demo.example");
        browser.resize(360, 800);
        WebDriver driver = browser.driver();
        browser.logIn(app, "trainer@demo.example", PASSWORD);
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/trainer/"));
        driver.get(app + "trainer/roll-call?day=" + day);

        driver.findElement(By.id("checkIn:open")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#checkIn svg")));
        browser.assertNoHorizontalScrolling();
        browser.assertAccessible();
        browser.screenshot("self-check-in-trainer-phone");
        String code = driver.findElement(By.cssSelector(".check-in__link")).getText();

        Page checkedIn = mia.get(code.substring(code.indexOf("trainee/check-in")));
        assertTrue(checkedIn.text().contains("Du er tjekket ind til dag 1 på QR-holdet"), checkedIn.text());

        // No reload: the poll brings the check-in, the count and a new code.
        browser.waitUpTo(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector(".roll-call__line")).getText().contains("tjekkede selv ind"));
        assertTrue(driver.findElement(By.cssSelector(".check-in__count")).getText().contains("1 af 2"));
        browser.waitUpTo(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.cssSelector(".check-in__link")).getText().equals(code));
        browser.assertAccessible();

        // The trainee's page, on the trainee's phone. Off the roll call first, so no poll is in flight.
        driver.get(app.toString());
        driver.manage().deleteAllCookies();
        browser.logIn(app, "mia.storm@demo.example", MIAS_PASSWORD);
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/trainee/"));
        driver.get(app + code.substring(code.indexOf("trainee/check-in")));
        String result = driver.findElement(By.tagName("main")).getText();
        assertTrue(result.contains("allerede tjekket ind"), result);
        browser.assertNoHorizontalScrolling();
        browser.assertAccessible();
        browser.screenshot("self-check-in-trainee-phone");
    }

    /** The fixture's trainees have no password; the coordinator hands one an invitation link. */
    private WebUser traineeWithPassword(String email) {
        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD);
        Page users = coordinator.get("coordinator/users?q=" + email);
        String button = users.document().select("tr:contains(" + email + ") [id$=\":link\"]").first().attr("name");
        String link = coordinator.submit(users, "users", Map.of(), button).document().getElementById("handover-link").text();
        WebUser trainee = new WebUser(app);
        Page invitation = trainee.get(link.substring(link.indexOf("invitation?")));
        Page saved = trainee.submit(invitation, "password-form", Map.of("password-form:password", MIAS_PASSWORD,
                "password-form:repeat", MIAS_PASSWORD), "password-form:save");
        assertEquals(302, saved.status(), saved.text());
        return WebUser.loggedIn(app, email, MIAS_PASSWORD);
    }
}
