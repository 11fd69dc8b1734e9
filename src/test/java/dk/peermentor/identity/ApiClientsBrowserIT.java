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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dk.peermentor.testing.Browser;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.MatchingApiClient;

/** On a phone: a coordinator creates an API client with the keyboard, copies the token once, and it works. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiClientsBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aCoordinatorCreatesAClientOnAPhoneAndTheTokenShownOnceWorks() {
        browser.resize(360, 800);
        WebDriver driver = browser.driver();
        browser.logIn(app, "coordinator@demo.example", "peer-demo-2026");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/coordinator/"));
        driver.findElement(By.linkText("API-klienter")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("create:name")));
        browser.assertAccessible();
        browser.assertNoHorizontalScrolling();

        driver.findElement(By.id("create:name")).sendKeys("Matching, socialpsykiatrien", Keys.ENTER);
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("issued-token")));
        String token = driver.findElement(By.cssSelector("#issued-token code")).getText();
        assertEquals(43, token.length(), token);
        assertTrue(driver.findElement(By.id("clients:table")).getText().contains("Matching, socialpsykiatrien"));
        browser.assertAccessible();
        browser.assertNoHorizontalScrolling();
        browser.screenshot("api-clients-phone");

        assertEquals(200, new MatchingApiClient(app, token).get("api/v1/eligibility-events").status());
    }
}
