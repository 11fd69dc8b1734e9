package dk.peermentor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.peermentor.testing.Demo;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.InTransaction;
import dk.peermentor.testing.WebUser;
import dk.peermentor.testing.WebUser.Page;

/**
 * No default passwords: a fresh installation has no account at all, and the first coordinator is
 * created through a one-time setup link (printed to the log at start-up) on the setup page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FirstStartIT {

    static final String EMAIL = "first.coordinator@fjordby.example";
    static final String PASSWORD = "kaffe med to sukkerknalder";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application("first-start").addClasses(InTransaction.class, FirstStartServlet.class);
    }

    @ArquillianResource
    URL app;

    /**
     * One journey, because a first start happens once: the empty installation lets nobody in and offers
     * one setup link; the link creates the first coordinator once, and then there is exactly one account.
     */
    @Test
    void aFreshInstallationIsSetUpThroughItsLinkOnce() throws Exception {
        assertEquals("accounts=0 open-setup-links=1 coordinator=false", state(), "what the start-up left");
        assertEquals(200, new WebUser(app).login(Demo.COORDINATOR, Demo.PASSWORD).status(), "no demo logins");
        assertEquals(302, new WebUser(app).get("coordinator/").status());

        // The link goes to the log in real life; a test-only servlet hands a new one to the test.
        String link = send(HttpRequest.newBuilder(URI.create(app + "test-only/first-start"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        WebUser first = new WebUser(app);
        Page setup = first.get(link.substring(link.indexOf("setup?")));
        Map<String, String> form = new HashMap<>(Map.of("setup:given", "Ulla", "setup:family", "Brink",
                "setup:email", EMAIL, "setup:language", "DA",
                "setup:password", "kort", "setup:repeat", "kort"));
        Page weak = first.submit(setup, "setup", form, "setup:save");
        assertFalse(weak.document().select(".app-message--error").isEmpty(), "a short password is refused: " + weak.messages());

        form.put("setup:password", PASSWORD);
        form.put("setup:repeat", PASSWORD);
        Page created = first.submit(setup, "setup", form, "setup:save");
        assertEquals(302, created.status());

        WebUser coordinator = WebUser.loggedIn(app, EMAIL, PASSWORD);
        assertEquals(200, coordinator.get("coordinator/").status());
        assertEquals(200, coordinator.get("coordinator/users").status());
        Page again = new WebUser(app).get(link.substring(link.indexOf("setup?")));
        assertTrue(again.document().select("form#setup").isEmpty(),
                "the link works once, and the setup page closes once a coordinator exists");
        assertTrue(state().startsWith("accounts=1 ") && state().endsWith("coordinator=true"), state());
    }

    private String state() throws Exception {
        return send(HttpRequest.newBuilder(URI.create(app + "test-only/first-start")).GET());
    }

    private static String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }
}
