package dk.peermentor.platform;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dk.peermentor.testing.Browser;
import dk.peermentor.testing.Deployments;

/** A visitor opens the home page on a desktop and on a phone, in Danish and in English. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theHomePageShowsTheCourseAndTheDemoCohortsAndIsAccessible() {
        browser.driver().get(app.toString());

        assertEquals("da", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("De seks undervisningsdage", browser.driver().findElement(By.id("units-title")).getText());
        assertEquals(6, browser.driver().findElements(By.cssSelector(".unit-card")).size());
        List<String> statuses = browser.driver().findElements(By.cssSelector(".cohort-table .status")).stream()
                .map(WebElement::getText).toList();
        // Other tests add running cohorts of their own: the demo's running one and its two finished ones are
        // there, every running cohort before every finished one.
        assertTrue(statuses.contains("I gang") && statuses.stream().filter("Afsluttet"::equals).count() >= 2, statuses.toString());
        assertEquals(statuses.stream().sorted(java.util.Comparator.comparing("Afsluttet"::equals)).toList(), statuses,
                "the running cohorts first, then the finished ones");
        browser.assertAccessible();
        browser.screenshot("home-da-desktop");
    }

    @Test
    void theLanguageSwitchShowsThePageInEnglishAndStays() {
        browser.driver().get(app.toString());

        browser.driver().findElement(By.cssSelector(".app-language .link-button")).click();
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));

        assertEquals("The six teaching days", browser.driver().findElement(By.id("units-title")).getText());
        browser.assertAccessible();
        browser.driver().navigate().refresh();
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"),
                "the choice lasts for the visit");
        assertTrue(browser.driver().getCurrentUrl().indexOf(".xhtml") < 0, "clean URLs");
    }

    @Test
    void onAPhoneThePageFitsTheScreen() {
        browser.resize(360, 800);
        browser.driver().get(app.toString());

        browser.assertNoHorizontalScrolling();
        browser.assertAccessible();
        browser.screenshot("home-da-phone");
    }
}
