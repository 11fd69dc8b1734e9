package dk.peermentor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.WebUser;
import dk.peermentor.testing.WebUser.Page;

/**
 * Login and session security over plain HTTP: session fixation, logout, lockout without telling who
 * exists, the security headers on every kind of response, CSRF, and error pages without stack traces.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginSecurityIT {

    private static final String PASSWORD = AccessMatrixIT.PASSWORD;

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @Test
    void loginGivesANewSessionIdAndTheOldOneOpensNothing() {
        WebUser visitor = new WebUser(app);
        Page loginPage = visitor.get("login");
        String before = visitor.sessionId().orElseThrow();
        Page answer = visitor.submit(loginPage, "login",
                Map.of("login:email", "coordinator@demo.example", "login:password", PASSWORD), "login:submit");
        assertEquals(302, answer.status());
        String after = visitor.sessionId().orElseThrow();
        assertNotEquals(before, after, "the session id must change at login");
        assertEquals(200, visitor.get("coordinator/").status());

        WebUser attacker = new WebUser(app);
        attacker.useSessionId(before);
        Page attempt = attacker.get("coordinator/");
        assertEquals(302, attempt.status());
        assertTrue(attempt.location().orElseThrow().endsWith("/login"));
    }

    @Test
    void thePersonCanLogInOnSeveralDevicesAtOnce() throws Exception {
        // Eight logins of one account at the same moment: each must land on the coordinator's pages
        // (the time of the last login once failed all but one of them with an optimistic lock).
        List<Callable<Integer>> devices = new ArrayList<>();
        for (int device = 0; device < 8; device++) {
            devices.add(() -> WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD).get("coordinator/").status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(devices.size());
        try {
            for (Future<Integer> landed : pool.invokeAll(devices)) {
                assertEquals(200, landed.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void logoutEndsTheSessionOnTheServer() {
        WebUser trainer = WebUser.loggedIn(app, "trainer@demo.example", PASSWORD);
        String session = trainer.sessionId().orElseThrow();
        Page out = trainer.submit(trainer.get("trainer/"), "session", Map.of(), "session:logout");
        assertEquals(302, out.status());
        assertTrue(out.location().orElseThrow().contains("/login"));

        WebUser replay = new WebUser(app);
        replay.useSessionId(session);
        assertEquals(302, replay.get("trainer/").status(), "the old session must not be logged in any more");
    }

    @Test
    void fiveFailuresPauseTheAccountAndTheAnswerNeverTellsWhoExists() {
        String existing = "anders.baekgaard@demo.example";
        String unknown = "nobody-here@demo.example";
        WebUser guesser = new WebUser(app);
        for (int attempt = 1; attempt <= 5; attempt++) {
            Page wrong = guesser.login(existing, "wrong password " + attempt);
            Page wrongUnknown = guesser.login(unknown, "wrong password " + attempt);
            assertEquals(200, wrong.status());
            assertEquals(wrong.messages(), wrongUnknown.messages(), "existing and unknown names must look alike");
        }
        Page locked = guesser.login(existing, PASSWORD);
        Page lockedUnknown = guesser.login(unknown, PASSWORD);
        assertTrue(locked.messages().contains("15"), locked.messages());
        assertEquals(locked.messages(), lockedUnknown.messages());
        assertFalse(guesser.get("trainer/").status() == 200, "a paused account must not get in, even with the right password");

        // The coordinator sees the pause and lifts it; then the right password works again.
        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD);
        Page users = coordinator.get("coordinator/users?q=" + existing);
        assertTrue(users.document().select("tr:contains(" + existing + ") .badge--locked").size() == 1, users.body());
        Page lifted = coordinator.submit(users, "users", Map.of(), rowButton(users, existing, "unlock"));
        assertTrue(coordinator.follow(lifted).body().contains(existing));
        assertEquals(200, WebUser.loggedIn(app, existing, PASSWORD).get("trainer/").status());
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD);
        WebUser anonymous = new WebUser(app);
        List<Page> responses = List.of(
                anonymous.get(""),
                anonymous.get("login"),
                anonymous.get("coordinator/"),
                anonymous.get("no-such-page"),
                anonymous.get("resources/css/app.css"),
                anonymous.login("coordinator@demo.example", PASSWORD),
                WebUser.loggedIn(app, "trainee@demo.example", PASSWORD).get("coordinator/users"),
                coordinator.get("coordinator/audit"),
                coordinator.get("profile/my-data"),
                coordinator.get("errors/server"));
        for (Page response : responses) {
            String where = response.uri() + " (" + response.status() + ")";
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), where);
            assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(null), where);
            assertTrue(String.join(" ", response.headers().allValues("Content-Security-Policy"))
                    .contains("frame-ancestors 'none'"), where);
        }
        Page page = anonymous.get("login");
        assertTrue(page.nonce().isPresent(), "Faces pages carry PrimeFaces' nonce-based script policy");
        String cookie = new WebUser(app).get("login").headers().allValues("Set-Cookie").toString();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    @Test
    void aForgedFormChangesNothing() {
        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD);
        Page users = coordinator.get("coordinator/users");
        Map<String, String> forged = Map.of(
                "create", "create",
                "create:given", "Forged",
                "create:family", "Person",
                "create:email", "forged@demo.example",
                "create:language", "DA",
                "create:roles", "COORDINATOR",
                "create:save", "pressed",
                "jakarta.faces.ViewState", "-1234567890:987654321");
        // A cross-site form: the victim's session cookie, but no view state the server issued to them.
        Page answer = coordinator.post(users.uri(), forged);
        assertFalse(answer.status() == 200 && answer.body().contains("forged@demo.example"));
        assertTrue(answer.status() >= 300, "a forged post is not served as a normal page: " + answer.status());
        assertFalse(answer.body().contains("Exception"), "no stack trace or exception name for the user");
        assertFalse(coordinator.get("coordinator/users").body().contains("forged@demo.example"));

        // The attacker's own valid view state does not work in the victim's session either.
        WebUser attacker = WebUser.loggedIn(app, "trainer@demo.example", PASSWORD);
        String attackersViewState = attacker.get("profile").document()
                .selectFirst("input[name=jakarta.faces.ViewState]").attr("value");
        Map<String, String> withStolenState = new java.util.HashMap<>(forged);
        withStolenState.put("jakarta.faces.ViewState", attackersViewState);
        coordinator.post(users.uri(), withStolenState);
        assertFalse(coordinator.get("coordinator/users").body().contains("forged@demo.example"));
    }

    @Test
    void errorPagesSpeakTheVisitorsLanguageAndShowNoStackTrace() {
        WebUser anonymous = new WebUser(app);
        Page missing = anonymous.get("no-such-page");
        assertEquals(404, missing.status());
        assertTrue(missing.body().contains("Siden findes ikke") || missing.body().contains("Page not found"), missing.body());
        Page broken = anonymous.post(anonymous.resolve("login"), Map.of("login", "login", "jakarta.faces.ViewState", "x"));
        assertFalse(broken.body().contains("Exception"), broken.body());
        assertFalse(broken.body().contains("at dk.peermentor"), broken.body());
    }

    /** The name of a row's button in the users table, found by the e-mail shown in the row. */
    static String rowButton(Page users, String email, String button) {
        return users.document().select("tr:contains(" + email + ") input[type=submit][name$=:" + button + "]")
                .first().attr("name");
    }
}
