package dk.peermentor.materials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dk.peermentor.testing.Browser;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.WebUser;

/**
 * A trainee on a phone: opens the next unit in Danish, switches to English, marks it read, takes it
 * along as a PDF, and sees where she stands on the way to the certificate.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MaterialsBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aTraineeReadsTheNextUnitInBothLanguagesAndTakesItAlongAsAPdf() throws IOException {
        // Whatever the date, the next unit is open: the programme releases everything at enrolment.
        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", "peer-demo-2026");
        coordinator.submit(coordinator.get("coordinator/cohorts"), "release",
                Map.of("release:rule", "AT_ENROLMENT", "release:days", "14"), "release:save");

        browser.resize(360, 800);
        WebDriver driver = browser.driver();
        browser.logIn(app, "trainee@demo.example", "peer-demo-2026");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".progress")));
        assertTrue(driver.findElement(By.cssSelector(".progress")).getText().contains("Du har deltaget i"));
        browser.assertNoHorizontalScrolling();
        browser.assertAccessible();

        String danishTitle = driver.findElement(By.cssSelector(".unit-card--next .unit-card__title")).getText();
        driver.findElement(By.cssSelector(".unit-card--next a.unit-card__link")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("unit-title"), danishTitle));
        assertEquals("da", driver.findElement(By.cssSelector("article.materials")).getAttribute("lang"));
        browser.assertNoHorizontalScrolling();
        browser.assertAccessible();
        browser.screenshot("unit-da-phone");

        driver.findElement(By.id("switch-language")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.attributeToBe(
                By.cssSelector("article.materials"), "lang", "en"));
        String englishTitle = driver.findElement(By.id("unit-title")).getText();
        assertNotEquals(danishTitle, englishTitle);
        driver.findElement(By.id("read:toggle")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "markeret som læst"));
        assertEquals("en", driver.findElement(By.cssSelector("article.materials")).getAttribute("lang"),
                "the materials stay in the language chosen");
        browser.assertAccessible();

        String pdf = driver.findElement(By.id("unit-pdf")).getAttribute("href");
        WebUser sameSession = new WebUser(app);
        sameSession.useSessionId(driver.manage().getCookieNamed("JSESSIONID").getValue());
        WebUser.Download download = sameSession.download(pdf.substring(pdf.indexOf("trainee/")));
        assertEquals(200, download.status());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(download.body())) {
            assertTrue(new PDFTextStripper().getText(document).contains(englishTitle));
        }

        driver.findElement(By.linkText("← Mit kursus")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".unit-card--next .read")));
        assertTrue(driver.findElement(By.cssSelector(".progress")).getText().contains("godt på vej"),
                driver.findElement(By.cssSelector(".progress")).getText());
        browser.assertAccessible();
        browser.screenshot("my-course-da-phone");
    }
}
