package dk.peermentor.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dk.peermentor.testing.Browser;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.TodaysCohort;

/** A trainer takes today's roll call on a phone: each tap is saved at once and survives a reload. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RollCallBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application("roll-call-browser", Map.of("peermentor.demo", "true"));
    }

    @ArquillianResource
    URL app;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void eachMarkIsSavedAsItIsMadeAndStaysAfterAReload() {
        String day = TodaysCohort.create(app, "Telefonhold", "alma.berg", "bjarke.dam", "cleo.friis");
        browser.resize(360, 800);
        WebDriver driver = browser.driver();
        browser.logIn(app, "trainer@demo.example", "peer-demo-2026");
        // A trainer who logs in on a teaching day lands on that day's roll call.
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/trainer/roll-call?day="));
        driver.get(app + "trainer/roll-call?day=" + day);
        browser.assertNoHorizontalScrolling();
        browser.assertAccessible();

        List<String> wanted = List.of("Mødt", "Kom for sent", "Udeblevet");
        List<WebElement> lines = driver.findElements(By.cssSelector(".roll-call__line"));
        assertEquals(3, lines.size());
        for (int i = 0; i < 3; i++) {
            String status = wanted.get(i);
            int index = i;
            WebElement button = driver.findElements(By.cssSelector(".roll-call__line")).get(index)
                    .findElement(By.xpath(".//button[normalize-space(.)='" + status + "']"));
            button.click();
            browser.waitUpTo(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector(".roll-call__line"))
                    .get(index).findElement(By.cssSelector(".roll-call__state")).getText().contains("gemt"));
        }
        browser.screenshot("roll-call-da-phone");

        driver.navigate().refresh();
        List<WebElement> reloaded = driver.findElements(By.cssSelector(".roll-call__state"));
        for (int i = 0; i < 3; i++) {
            assertTrue(reloaded.get(i).getText().startsWith(wanted.get(i)), reloaded.get(i).getText());
        }
        assertEquals("true", driver.findElements(By.cssSelector(".roll-call__line")).get(1)
                .findElement(By.xpath(".//button[normalize-space(.)='Kom for sent']")).getAttribute("aria-pressed"));
        browser.assertAccessible();
    }
}
