package dk.peermentor.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
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
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.WebUser;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * A coordinator on a tablet creates a cohort, accepts the proposed schedule, imports 20 applicants
 * from a spreadsheet file, assigns a trainer and takes the teaching days to a calendar.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CohortPlanningBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aCoordinatorPlansACohortFromScheduleToCalendar() throws Exception {
        browser.resize(820, 1180);
        WebDriver driver = browser.driver();
        browser.logIn(app, "coordinator@demo.example", "peer-demo-2026");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/coordinator/"));

        driver.findElement(By.linkText("Hold")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("create:name")));
        browser.assertAccessible();
        driver.findElement(By.id("create:name")).sendKeys("Hold forår 2027");
        driver.findElement(By.id("create:place")).sendKeys("Fjordby Bibliotek, Torvet 3");
        WebElement month = driver.findElement(By.id("create:firstMonth"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = '2027-02';", month);
        new Select(driver.findElement(By.id("create:week"))).selectByValue("2");
        new Select(driver.findElement(By.id("create:dayOfWeek"))).selectByValue("TUESDAY");
        driver.findElement(By.id("create:propose")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("proposal")));
        assertEquals(6, driver.findElements(By.cssSelector("#proposal li")).size());
        browser.assertAccessible();
        browser.screenshot("cohort-proposal-tablet");
        driver.findElement(By.id("create:save")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/coordinator/cohort?id="));
        String cohortUrl = driver.getCurrentUrl();

        Path fixture = Path.of("src/test/resources/fixtures/applicants-20.csv").toAbsolutePath();
        driver.findElement(By.id("import:file")).sendKeys(fixture.toString());
        driver.findElement(By.id("import:preview")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("import-rows")));
        assertEquals(20, driver.findElements(By.cssSelector("#import-rows tbody tr")).size());
        driver.findElement(By.id("import-confirm:save")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".app-messages"), "20 ansøgere er importeret"));
        assertEquals(15, driver.findElements(By.cssSelector("#participants tbody tr")).size());

        new Select(driver.findElement(By.id("assign:trainer"))).selectByVisibleText("Trine Ravn");
        driver.findElement(By.id("assign:save")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("trainers"), "Trine Ravn"));
        browser.assertNoHorizontalScrolling();
        browser.assertAccessible();
        browser.screenshot("cohort-plan-tablet");

        // The .ics link, fetched with the browser's session, as a calendar app would import it.
        String ics = driver.findElement(By.id("ics")).getAttribute("href");
        WebUser sameSession = new WebUser(app);
        sameSession.useSessionId(driver.manage().getCookieNamed("JSESSIONID").getValue());
        String body = sameSession.get(ics.substring(ics.indexOf("calendar/"))).body();
        List<VEvent> events = new CalendarBuilder().build(new StringReader(body)).getComponents("VEVENT");
        assertEquals(6, events.size());
        // 9 March 2027 is winter time, 13 April summer time: 09:30 in Copenhagen both times.
        assertEquals(Instant.parse("2027-03-09T08:30:00Z"), start(events.get(1)));
        assertEquals(Instant.parse("2027-04-13T07:30:00Z"), start(events.get(2)));
        assertTrue(cohortUrl.contains("id="));
    }

    private static Instant start(VEvent event) {
        return ((ZonedDateTime) event.getDateTimeStart().getDate()).toInstant();
    }
}
