package dk.peermentor.handouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dk.peermentor.testing.Browser;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.Graduates;

/**
 * On a phone: a graduate opens the handout from their start page and prints it without the
 * navigation; a coordinator edits an activity with the keyboard alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HandoutsBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aGraduateOpensTheHandoutOnAPhoneAndPrintsItWithoutTheNavigation() {
        browser.resize(360, 800);
        WebDriver driver = browser.driver();
        browser.logIn(app, Graduates.certifyOne(app), "peer-demo-2026");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/trainee/"));
        driver.findElement(By.id("handouts-link")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("handout")));
        assertTrue(driver.findElements(By.cssSelector("#handout li")).size() >= 6);
        assertTrue(driver.findElement(By.cssSelector("#handout a[href^='mailto:']")).isDisplayed());
        assertTrue(driver.findElement(By.cssSelector("button[data-print]")).isDisplayed(), "the print button works");
        browser.assertAccessible();
        browser.assertNoHorizontalScrolling();
        browser.screenshot("handouts-graduate-phone");

        ((HasCdp) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertFalse(driver.findElement(By.cssSelector(".app-header")).isDisplayed(), "no navigation on paper");
        assertFalse(driver.findElement(By.cssSelector("button[data-print]")).isDisplayed(), "no button on paper");
        assertTrue(driver.findElement(By.cssSelector("#handout")).isDisplayed());
        browser.screenshot("handouts-graduate-print");
    }

    @Test
    void aCoordinatorEditsAnActivityWithTheKeyboardOnAPhone() {
        browser.resize(360, 800);
        WebDriver driver = browser.driver();
        browser.logIn(app, "coordinator@demo.example", "peer-demo-2026");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/coordinator/"));
        driver.findElement(By.linkText("Aktivitetsoversigt til peer-støtter")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("list:table")));
        browser.assertAccessible();
        browser.assertNoHorizontalScrolling();

        driver.findElement(By.id("list:table:1:edit")).sendKeys(Keys.ENTER);
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("form-heading"), "Redigér aktiviteten"));
        WebElement schedule = driver.findElement(By.id("activity:schedule"));
        assertEquals("Tirsdage 13-15", schedule.getAttribute("value"));
        schedule.clear();
        schedule.sendKeys("Tirsdage 13-16", Keys.ENTER);
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Musik er gemt"));
        assertTrue(driver.findElement(By.id("list:table")).getText().contains("Tirsdage 13-16"));
        browser.assertAccessible();
        browser.assertNoHorizontalScrolling();
        browser.screenshot("handouts-editor-phone");
    }
}
