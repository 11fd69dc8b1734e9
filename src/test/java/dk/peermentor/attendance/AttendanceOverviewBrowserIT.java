package dk.peermentor.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import dk.peermentor.testing.Browser;
import dk.peermentor.testing.Demo;
import dk.peermentor.testing.Deployments;

/**
 * A trainer follows their cohort on a phone: the attendance matrix with make-ups, the rate per day
 * as figures and as a chart, who is at risk and why; and records a catch-up conversation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttendanceOverviewBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aTrainerSeesRatesAndRisksAndRecordsACatchUpConversation() {
        browser.resize(360, 800);
        WebDriver driver = browser.driver();
        browser.logIn(app, "trainer@demo.example", "peer-demo-2026");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/trainer/"));
        driver.get(app + "trainer/");
        driver.findElements(By.cssSelector(".unit-card a")).stream()
                .filter(link -> link.getText().contains(Demo.runningCohort())).findFirst().orElseThrow().click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("sheet")));
        browser.assertNoHorizontalScrolling();
        browser.assertAccessible();

        // The chart says in words what the matrix's last row says in figures.
        List<String> footer = driver.findElements(By.cssSelector("#sheet tfoot td")).stream()
                .map(WebElement::getText).toList();
        List<String> bars = driver.findElements(By.cssSelector(".bar-chart__value")).stream()
                .map(WebElement::getText).toList();
        assertEquals(6, bars.size());
        for (int day = 0; day < 6; day++) {
            if (footer.get(day).endsWith("%")) {
                assertEquals(footer.get(day), bars.get(day));
            }
        }
        assertTrue(footer.get(0).endsWith("%"), "the demo cohort has held days: " + footer);

        Select missed = new Select(driver.findElement(By.id("conversation:missed")));
        String choice = missed.getFirstSelectedOption().getText();
        String trainee = choice.split(" – ")[0];
        assertTrue(driver.findElement(By.id("at-risk")).getText().contains(trainee),
                "a missed day not made up puts " + trainee + " at risk");
        driver.findElement(By.id("conversation:note")).sendKeys("Gennemgik øvelserne over telefonen");
        driver.findElement(By.id("conversation:save")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Indhentningen er gemt"));

        assertTrue(driver.findElement(By.id("made-up")).getText().contains("Gennemgik øvelserne over telefonen"));
        assertFalse(driver.findElements(By.cssSelector("#conversation\\:missed option")).stream()
                .anyMatch(o -> o.getText().equals(choice)), "that day is made up now");
        browser.assertNoHorizontalScrolling();
        browser.assertAccessible();
        browser.screenshot("attendance-overview-da-phone");
    }
}
