package dk.peermentor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.TestPeople;
import dk.peermentor.testing.TestPeople.TestPerson;
import dk.peermentor.testing.WebUser;
import dk.peermentor.testing.WebUser.Page;

/**
 * A changed or reset password, other roles, a deactivated account and "log out on all devices" end
 * every other session of the account at once (ASVS 3.3.3); the session the change was made in stays.
 * A session id is only ever taken from the cookie.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionRevocationIT {

    private static final String PASSWORD = AccessMatrixIT.PASSWORD;

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @Test
    void aNewPasswordEndsTheOtherSessionsButNotTheOneItWasChangedIn() {
        TestPerson trainee = TestPeople.create(app, Role.TRAINEE);
        String email = trainee.email();
        WebUser sessionA = trainee.logIn();
        WebUser sessionB = trainee.logIn();
        assertEquals(200, sessionA.get("trainee/").status());

        String newPassword = "a quiet walk along the fjord";
        Page changed = sessionB.submit(sessionB.get("profile"), "password-form", Map.of("password-form:current", TestPeople.PASSWORD,
                "password-form:password", newPassword, "password-form:repeat", newPassword), "password-form:change");
        assertTrue(changed.document().select(".app-message--error").isEmpty(), changed.messages());

        assertLoggedOut(sessionA, "trainee/");
        assertLoggedOut(sessionA, "profile/my-data");
        assertEquals(200, sessionB.get("trainee/").status(), "the session the password was changed in goes on");
        assertEquals(200, WebUser.loggedIn(app, email, newPassword).get("trainee/").status());
    }

    @Test
    void aResetLinkEndsEverySessionOfTheAccount() {
        TestPerson person = TestPeople.create(app, Role.TRAINER);
        String email = person.email();
        WebUser trainer = person.logIn();
        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD);
        Page users = coordinator.get("coordinator/users?q=" + email);
        Page sent = coordinator.submit(users, "users", Map.of(), LoginSecurityIT.rowButton(users, email, "link"));
        String link = sent.document().getElementById("handover-link").text();

        WebUser stranger = new WebUser(app);
        String newPassword = "the lighthouse keeps its light";
        Page reset = stranger.get(link.substring(link.indexOf("reset-password?")));
        Page saved = stranger.submit(reset, "password-form", Map.of("password-form:password", newPassword,
                "password-form:repeat", newPassword), "password-form:save");
        assertEquals(302, saved.status(), saved.messages());

        assertLoggedOut(trainer, "trainer/");
        assertEquals(200, WebUser.loggedIn(app, email, newPassword).get("trainer/").status());
    }

    @Test
    void otherRolesEndTheSessionsOfTheAccount() {
        TestPerson person = TestPeople.create(app, Role.TRAINEE);
        String email = person.email();
        WebUser camilla = person.logIn();
        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD);
        Page users = coordinator.get("coordinator/users?q=" + email);
        Page editor = coordinator.submit(users, "users", Map.of(), LoginSecurityIT.rowButton(users, email, "edit"));
        Page saved = coordinator.submit(editor, "roles", Map.of("roles:roles", "TRAINER"), "roles:save");
        assertTrue(saved.document().select(".app-message--error").isEmpty(), saved.messages());

        assertLoggedOut(camilla, "profile");
        assertEquals(200, person.logIn().get("trainer/").status(), "she logs in with her new role");
        assertEquals(200, coordinator.get("coordinator/").status(), "the coordinator who changed it goes on");
    }

    @Test
    void logOutOnAllDevicesEndsTheOthersAndKeepsThisOne() {
        TestPerson trainee = TestPeople.create(app, Role.TRAINEE);
        WebUser phone = trainee.logIn();
        WebUser laptop = trainee.logIn();
        WebUser someoneElse = TestPeople.create(app, Role.TRAINER).logIn();

        Page ended = laptop.submit(laptop.get("profile"), "sessions-form", Map.of(), "sessions-form:end");
        assertEquals(200, ended.status());
        assertFalse(ended.messages().isBlank(), "the page says what happened");

        assertLoggedOut(phone, "trainee/");
        assertEquals(200, laptop.get("trainee/").status());
        assertEquals(200, someoneElse.get("trainer/").status(), "only her own sessions end");
    }

    @Test
    void aSessionIdInTheAddressIsNeverUsed() {
        WebUser trainee = WebUser.loggedIn(app, "trainee@demo.example", PASSWORD);
        String id = trainee.sessionId().orElseThrow();
        WebUser stranger = new WebUser(app);

        Page withId = stranger.get("trainee/;jsessionid=" + id);
        assertEquals(302, withId.status());
        assertFalse(withId.location().orElse("").contains(id), "sent on to the address without the id");
        Page followed = stranger.follow(withId);
        assertTrue(followed.uri().getPath().endsWith("/login"), "the stranger is asked to log in: " + followed.uri());
        assertFalse(followed.body().contains("Sofie"), "and sees nothing of the trainee's");
    }

    private static void assertLoggedOut(WebUser user, String path) {
        Page page = user.get(path);
        assertEquals(302, page.status(), path + " after the change");
        assertTrue(page.location().orElse("").endsWith("/login"), path + " sends to the login page");
    }
}
