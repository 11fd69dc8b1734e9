package dk.peermentor.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dk.peermentor.testing.Browser;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.TodaysCohort;

/**
 * A trainer takes today's roll call of a full cohort on a phone: each tap is saved at once and every
 * mark survives a reload.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RollCallBrowserIT {

    private static final int TRAINEES = 30;
    private static final ResourceBundle DANISH = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("da"));

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aTrainerMarksThirtyTraineesOnAPhoneAndEveryMarkStaysAfterAReload() {
        String day = TodaysCohort.create(app, "Telefonhold", TodaysCohort.trainees(TRAINEES));
        browser.resize(360, 800);
        WebDriver driver = browser.driver();
        browser.logIn(app, "trainer@demo.example", "peer-demo-2026");
        // A trainer who logs in on a teaching day lands on that day's roll call.
        browser.waitUpTo(Duration.ofSeconds(10)).withMessage(() -> "landed on \"" + driver.getTitle() + "\"")
                .until(ExpectedConditions.urlContains("/trainer/roll-call?day="));
        driver.get(app + "trainer/roll-call?day=" + day);
        browser.assertNoHorizontalScrolling();
        browser.assertAccessible();
        assertEquals(TRAINEES, lines(driver).size());

        for (int i = 0; i < TRAINEES; i++) {
            String status = label(i);
            int line = i;
            markButton(driver, line, status).click();
            // The answer of the ajax request re-renders the line with the tapped button pressed.
            browser.waitUpTo(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(d -> "true".equals(markButton(d, line, status).getAttribute("aria-pressed")));
        }
        assertTrue(lines(driver).get(TRAINEES - 1).findElement(By.cssSelector(".roll-call__state")).getText()
                .contains(DANISH.getString("rollCall.saved")), "the last mark says it is saved");
        browser.assertNoHorizontalScrolling();
        browser.assertAccessible();
        browser.screenshot("roll-call-da-phone");

        driver.navigate().refresh();
        List<WebElement> reloaded = lines(driver);
        assertEquals(TRAINEES, reloaded.size());
        for (int i = 0; i < TRAINEES; i++) {
            WebElement line = reloaded.get(i);
            String name = line.findElement(By.cssSelector(".roll-call__name")).getText();
            assertTrue(line.findElement(By.cssSelector(".roll-call__state")).getText().startsWith(label(i)),
                    name + ": " + line.getText());
            List<WebElement> pressed = line.findElements(By.cssSelector(".roll-call__marks button[aria-pressed=true]"));
            assertEquals(1, pressed.size(), name + ": one button pressed");
            assertEquals(label(i), pressed.get(0).getText().strip(), name);
        }
    }

    /** Every status in turn, so each of the five buttons is tapped six times. */
    private static String label(int line) {
        AttendanceStatus status = AttendanceStatus.values()[line % AttendanceStatus.values().length];
        return DANISH.getString("attendance.status." + status);
    }

    private static List<WebElement> lines(WebDriver driver) {
        return driver.findElements(By.cssSelector(".roll-call__line"));
    }

    private static WebElement markButton(WebDriver driver, int line, String status) {
        return lines(driver).get(line).findElement(
                By.xpath(".//*[contains(@class,'roll-call__marks')]//button[substring(@id, string-length(@id) - 4) = ':mark']"
                        + "[normalize-space(.)='" + status + "']"));
    }
}
