package dk.peermentor.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's headless Chromium for the browser tests. Without Chromium the tests are skipped with a
 * message that names the install command, unless {@code -Dbrowser.required=true} (CI) makes that a
 * failure. A JUnit extension: {@code @RegisterExtension final Browser browser = new Browser();} gives
 * each test a fresh browser and closes it afterwards.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback {

    public static final String INSTALL = "apt-get install -y chromium chromium-driver";
    private static final File CHROMIUM = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final File CHROMEDRIVER = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private WebDriver driver;

    @Override
    public void beforeEach(ExtensionContext context) {
        driver = start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /** Starts a headless Chromium, or skips (fails, where required) the test when there is none. */
    private static WebDriver start() {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            String message = "No Chromium at " + CHROMIUM + " / " + CHROMEDRIVER + ": browser tests need `" + INSTALL + "`";
            if (Boolean.getBoolean("browser.required")) {
                fail(message + " (browser.required=true)");
            }
            System.err.println("\n*** SKIPPING BROWSER TEST *** " + message + "\n");
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // No background traffic: the machines have no network beyond loopback.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--window-size=1280,900");
        // A Danish browser, as most of the module's users have.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "da-DK,da,en"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Waits for a condition, reading the page again while it is being replaced: when an ajax update
     * or a reload swaps the element a condition has just found, Chromium answers "node does not
     * belong to the document" (a bare WebDriverException, not a stale element). A condition that
     * never holds still fails at the timeout, with the last exception as its cause.
     */
    public WebDriverWait waitUpTo(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** Opens the login page of {@code app} and submits it, as a person would. */
    public void logIn(URL app, String email, String password) {
        driver.get(app + "login");
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
    }

    /**
     * Sets the window, e.g. 360 wide for a phone, and waits until the page has been laid out at that
     * width: headless Chromium resizes asynchronously, and a page loaded or a button pressed in
     * between was now and then lost.
     */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        waitUpTo(Duration.ofSeconds(5)).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return window.innerWidth;")).intValue() == width);
        ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(done));");
    }

    /** At this width the page needs no sideways scrolling. */
    public void assertNoHorizontalScrolling() {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        if (((Number) overflow).longValue() > 0) {
            Object widest = ((JavascriptExecutor) driver).executeScript("""
                    const limit = document.documentElement.clientWidth;
                    return [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > limit)
                        .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
                        .join(', ');""");
            fail("the page scrolls sideways by " + overflow + " px on " + driver.getCurrentUrl() + "; too wide: " + widest);
        }
    }

    /** axe-core finds no serious or critical WCAG 2.1 A/AA violation on the current page. */
    public void assertAccessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> severe = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        if (!severe.isEmpty()) {
            fail("axe-core found serious or critical violations on " + driver.getCurrentUrl() + ":\n"
                    + severe.stream().map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                            .collect(Collectors.joining("\n")));
        }
    }

    /** Saves a screenshot under target/screenshots, for a person to look at. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Path target = dir.resolve(name + ".png");
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
