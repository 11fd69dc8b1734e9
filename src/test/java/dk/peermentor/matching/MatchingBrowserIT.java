package dk.peermentor.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dk.peermentor.testing.Browser;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.Graduates;
import dk.peermentor.testing.MatchingApiClient;
import dk.peermentor.testing.WebUser;

import jakarta.json.JsonObject;

/**
 * On a phone: a new graduate opens matching from their start page, consents and fills the profile;
 * the coordinator then finds them in the register, and a matching module's client with a read-only
 * token finds them through the API. Each page is checked with axe and for sideways scrolling at 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MatchingBrowserIT {

    private static final String PASSWORD = "peer-demo-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aGraduateConsentsAndTellsOnAPhoneAndTheCoordinatorSeesThemInTheRegister() {
        String graduate = Graduates.certifyOne(app);
        String name = MatchingPages.nameOf(graduate);
        graduateConsentsAndFillsTheProfile(graduate);
        coordinatorFindsInTheRegister(name);
        aMatchingModuleFindsThemThroughTheApi(name);
    }

    /** The graduate's part, at 360 px; ends with them in the pool, the first name and Polish shared. */
    private void graduateConsentsAndFillsTheProfile(String email) {
        browser.resize(360, 800);
        WebDriver driver = browser.driver();
        browser.logIn(app, email, PASSWORD);
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/trainee/"));
        driver.findElement(By.id("matching-link")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("standing")));
        assertTrue(driver.findElement(By.id("standing")).getText().contains("ikke i puljen"));
        browser.assertAccessible();
        browser.assertNoHorizontalScrolling();

        driver.findElement(By.id("consent:give")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("standing"),
                "Du er i puljen"));
        driver.findElement(By.id("profile:languages")).sendKeys("Dansk, Polsk");
        driver.findElement(By.id("profile:area")).sendKeys("Fjordby");
        driver.findElement(By.cssSelector("input[name='profile:kinds'][value='LEISURE']")).click();
        driver.findElement(By.cssSelector("input[name='profile:days'][value='THURSDAY']")).click();
        driver.findElement(By.id("profile:shareFirstName")).click();
        // Pressed in the middle of the window: a press on a button at the bottom edge is sometimes lost
        // (focus moves, no request is sent), as CertificatesBrowserIT found.
        WebElement save = driver.findElement(By.id("profile:save"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        save.click();
        try {
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".app-messages"), "profil er gemt"));
        } catch (RuntimeException e) {
            browser.screenshot("matching-profile-not-saved");
            throw new AssertionError(driver.getCurrentUrl() + "\n" + driver.getPageSource(), e);
        }
        browser.assertAccessible();
        browser.assertNoHorizontalScrolling();
        browser.screenshot("matching-graduate-phone");
        driver.manage().deleteAllCookies();
    }

    private void coordinatorFindsInTheRegister(String name) {
        WebDriver driver = browser.driver();
        browser.logIn(app, "coordinator@demo.example", PASSWORD);
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/coordinator/"));
        driver.findElement(By.id("matching-link")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("counts")));
        driver.findElement(By.id("filter:language")).sendKeys("polsk");
        WebElement apply = driver.findElement(By.id("filter:apply"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", apply);
        apply.click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("pool:table"), name));
        assertTrue(driver.findElement(By.id("pool:table")).getText().contains("Polsk"));
        browser.assertAccessible();
        browser.assertNoHorizontalScrolling();
        browser.screenshot("matching-register-phone");
    }

    /** A client with a read-only token the coordinator made finds the graduate by the language they told, with only what they share. */
    private void aMatchingModuleFindsThemThroughTheApi(String name) {
        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD);
        MatchingApiClient client = MatchingApiClient.created(app, coordinator, "Matchningsmodul", false);
        String firstName = name.split(" ")[0];
        List<JsonObject> found = client.allEligibleMentors("language=polsk");
        JsonObject mentor = found.stream().filter(m -> firstName.equals(m.getString("firstName", null))).findFirst()
                .orElseThrow(() -> new AssertionError(firstName + " not among " + found));
        assertTrue(mentor.getJsonObject("profile").getJsonArray("languages").toString().contains("Polsk"), mentor.toString());
        assertTrue(!mentor.containsKey("email") || mentor.isNull("email"), "the e-mail was not chosen for sharing: " + mentor);
        assertEquals(200, client.get("api/v1/eligible-mentors/" + mentor.getString("id")).status());
    }
}
