package dk.peermentor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.InTransaction;
import dk.peermentor.testing.WebUser;
import dk.peermentor.testing.WebUser.Page;

import jakarta.inject.Inject;

/**
 * No default passwords: a fresh installation has no account at all, and the first coordinator is
 * created through a one-time setup link (printed to the log at start-up) on the setup page.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class FirstStartIT {

    static final String EMAIL = "first.coordinator@fjordby.example";
    static final String PASSWORD = "kaffe med to sukkerknalder";
    /** Where the in-container step leaves the setup link for the browser-side step. */
    static final Path HAND_OVER = Path.of(System.getenv().getOrDefault("PEERMENTOR_DATA_DIR", "target/it-data"),
            "first-start-setup-link.txt");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("first-start").addClasses(InTransaction.class);
    }

    @ArquillianResource
    URL app;

    @Inject
    AccountService accounts;

    @Inject
    InTransaction tx;

    @Test
    @Order(1)
    void aFreshInstallationHasNoAccountToLogInWith() {
        assertFalse(accounts.hasCoordinator());
        long accountsAtStart = tx.call(em -> em.createQuery("select count(a) from Account a", Long.class).getSingleResult());
        assertEquals(0L, accountsAtStart);
        long setupLinks = tx.call(em -> em.createQuery(
                "select count(t) from OneTimeToken t where t.purpose = :p and t.usedAt is null", Long.class)
                .setParameter("p", TokenPurpose.SETUP).getSingleResult());
        assertEquals(1L, setupLinks, "the start-up offered exactly one setup link");
    }

    @Test
    @Order(2)
    @RunAsClient
    void nobodyGetsInBeforeSetup() {
        assertEquals(200, new WebUser(app).login("coordinator@demo.example", "peer-demo-2026").status());
        assertEquals(302, new WebUser(app).get("coordinator/").status());
    }

    @Test
    @Order(3)
    void aSetupLinkIsOffered() throws IOException {
        // The link goes to the log in real life; here it is handed to the test process through a file.
        Files.writeString(HAND_OVER, accounts.issueSetupLink());
    }

    @Test
    @Order(4)
    @RunAsClient
    void theSetupPageCreatesTheFirstCoordinatorOnce() throws IOException {
        String link = Files.readString(HAND_OVER);
        WebUser first = new WebUser(app);
        Page setup = first.get(link.substring(link.indexOf("setup?")));
        Map<String, String> form = new HashMap<>(Map.of("setup:given", "Ulla", "setup:family", "Brink",
                "setup:email", EMAIL, "setup:language", "DA",
                "setup:password", "kort", "setup:repeat", "kort"));
        Page weak = first.submit(setup, "setup", form, "setup:save");
        assertTrue(weak.messages().contains("12"), weak.messages());

        form.put("setup:password", PASSWORD);
        form.put("setup:repeat", PASSWORD);
        Page created = first.submit(setup, "setup", form, "setup:save");
        assertEquals(302, created.status());

        WebUser coordinator = WebUser.loggedIn(app, EMAIL, PASSWORD);
        assertTrue(coordinator.get("coordinator/").text().contains("Koordinator"));
        assertEquals(200, coordinator.get("coordinator/users").status());
        assertTrue(new WebUser(app).get(link.substring(link.indexOf("setup?"))).text().contains("allerede brugt"),
                "the link works once, and the setup page closes once a coordinator exists");
    }

    @Test
    @Order(5)
    void exactlyOneCoordinatorExistsAfterwards() {
        assertTrue(accounts.hasCoordinator());
        long accountsAfter = tx.call(em -> em.createQuery("select count(a) from Account a", Long.class).getSingleResult());
        assertEquals(1L, accountsAfter);
    }
}
