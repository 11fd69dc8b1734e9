package dk.peermentor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dk.peermentor.testing.Browser;
import dk.peermentor.testing.Demo;
import dk.peermentor.testing.Deployments;

/** Each role logs in from the login page in a real browser and lands on its own start page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theCoordinatorLandsOnTheCoordinatorPagesAndCanManageUsers() {
        logIn("coordinator@demo.example");
        assertLandedOn("/coordinator/", "Koordinator");
        assertTrue(browser.driver().findElement(By.id("running")).getText().contains("Hold efterår"));
        // The calendar fetches the teaching days of the weeks it shows; a running cohort meets this month.
        String running = browser.driver().findElement(By.cssSelector("#running tbody th")).getText();
        browser.waitUpTo(Duration.ofSeconds(10)).until(driver -> driver.findElements(By.cssSelector("#calendar .fc-event"))
                .stream().anyMatch(event -> event.getText().contains(running)));
        browser.assertAccessible();
        browser.screenshot("dashboard-da-desktop");
        browser.driver().findElement(By.linkText("Brugere")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/coordinator/users"));
        browser.driver().findElement(By.id("user-query")).sendKeys("trainee@demo.example", org.openqa.selenium.Keys.ENTER);
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q="));
        assertTrue(browser.driver().findElement(By.id("users:accounts")).getText().contains("trainee@demo.example"));
        browser.assertAccessible();
        browser.screenshot("users-da-desktop");
        browser.driver().findElement(By.linkText("Koordinator")).click();
        browser.driver().findElement(By.linkText("Revisionslog")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/coordinator/audit"));
        assertTrue(browser.driver().findElement(By.id("audit:entries")).getText().contains("Login"));
        browser.assertAccessible();
        browser.screenshot("audit-da-desktop");
    }

    @Test
    void theTrainerLandsOnTheirCohortsAndSeesTheAttendance() {
        logIn("trainer@demo.example");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/trainer/"));
        if (browser.driver().getCurrentUrl().contains("roll-call")) {
            // The demo cohort meets on second Tuesdays; on such a day the trainer lands on its roll call.
            assertTrue(browser.driver().findElement(By.tagName("h1")).getText().startsWith("Fremmøde"));
            browser.driver().get(app + "trainer/");
        }
        assertLandedOn("/trainer/", "Underviser");
        browser.assertAccessible();
        browser.driver().findElements(By.cssSelector(".unit-card a")).stream()
                .filter(link -> link.getText().contains(Demo.runningCohort())).findFirst().orElseThrow().click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("sheet")));
        assertTrue(browser.driver().findElement(By.id("sheet")).getText().contains("Sofie Lund"));
        browser.assertAccessible();
    }

    @Test
    void theTraineeLandsOnTheirCourseOnAPhone() {
        browser.resize(360, 800);
        logIn("trainee@demo.example");
        assertLandedOn("/trainee/", "Kursist");
        assertEquals(6, browser.driver().findElements(By.cssSelector(".unit-card")).size());
        browser.assertNoHorizontalScrolling();
        browser.assertAccessible();
        browser.screenshot("trainee-da-phone");
        browser.driver().findElement(By.linkText("Min profil")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/profile"));
        browser.assertNoHorizontalScrolling();
        browser.assertAccessible();
        browser.driver().findElement(By.id("session:logout")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        assertTrue(browser.driver().getPageSource().contains("Du er logget ud"));
    }

    @Test
    void aWrongPasswordIsExplainedOnAnAccessibleLoginPage() {
        browser.driver().get(app.toString() + "login");
        browser.assertAccessible();
        browser.logIn(app, "trainer@demo.example", "not the password");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".app-messages")));
        assertTrue(browser.driver().findElement(By.cssSelector(".app-messages")).getText().contains("ikke rigtig"));
        browser.assertAccessible();
    }

    private void logIn(String email) {
        browser.logIn(app, email, AccessMatrixIT.PASSWORD);
    }

    private void assertLandedOn(String path, String heading) {
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(path));
        assertEquals(heading, browser.driver().findElement(By.tagName("h1")).getText());
    }
}
