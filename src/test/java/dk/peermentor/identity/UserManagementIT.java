package dk.peermentor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Coordinators manage accounts on the users page: roles change and are audited, a second coordinator
 * working from a stale page does not overwrite the first, deactivation locks out at once, and a
 * coordinator without mail set up gets the invitation link to hand over.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UserManagementIT {

    private static final String PASSWORD = AccessMatrixIT.PASSWORD;

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @Test
    void aRoleChangeTakesEffectIsAuditedAndAStaleEditIsRefused() {
        TestPerson camillaAsTrainee = TestPeople.create(app, Role.TRAINEE);
        String email = camillaAsTrainee.email();
        WebUser first = WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD);
        WebUser second = WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD);
        Page firstEditor = openRoles(first, email);
        Page secondEditor = openRoles(second, email);

        Page saved = first.submit(firstEditor, "roles", Map.of("roles:roles", "TRAINER"), "roles:save");
        assertTrue(saved.messages().contains(camillaAsTrainee.fullName()), saved.messages());
        Page stale = second.submit(secondEditor, "roles", Map.of("roles:roles", "COORDINATOR"), "roles:save");
        assertTrue(stale.messages().contains("En anden har ændret"), stale.messages());

        WebUser camilla = camillaAsTrainee.logIn();
        assertEquals(200, camilla.get("trainer/").status(), "she is a trainer now");
        assertEquals(403, camilla.get("coordinator/").status(), "the stale edit did not make her a coordinator");

        Page users = first.get("coordinator/users?q=" + email);
        Page log = first.click(users, users.document().select("tr:contains(" + email + ") a[href*=audit]").first().attr("href"));
        assertTrue(log.text().contains("[TRAINEE] → [TRAINER]"), log.text());
        assertTrue(log.text().contains("Login"), "her own logins are in her account's log too");
    }

    @Test
    void aDeactivatedAccountIsOutAtOnceEvenWithALiveSession() {
        TestPerson person = TestPeople.create(app, Role.TRAINEE);
        String email = person.email();
        WebUser dorthe = person.logIn();
        assertEquals(200, dorthe.get("profile").status());

        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD);
        Page users = coordinator.get("coordinator/users?q=" + email);
        coordinator.submit(users, "users", Map.of(), LoginSecurityIT.rowButton(users, email, "deactivate"));

        Page afterwards = dorthe.get("profile/my-data");
        assertEquals(302, afterwards.status(), "her open session no longer reaches her data");
        assertTrue(afterwards.location().orElse("").endsWith("/login"), "she is logged out at once");
        assertEquals(200, new WebUser(app).login(email, TestPeople.PASSWORD).status(), "and she cannot log in again");
    }

    @Test
    void withoutMailTheCoordinatorGetsTheInvitationLinkToHandOver() {
        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD);
        Page created = coordinator.submit(coordinator.get("coordinator/users"), "create", Map.of(
                "create:given", "Nadia", "create:family", "Ravnsbæk", "create:email", "nadia@demo.example",
                "create:language", "EN", "create:roles", "TRAINER"), "create:save");
        String link = created.document().getElementById("handover-link").text();
        assertTrue(link.contains("/invitation?token="), link);

        Page duplicate = coordinator.submit(coordinator.get("coordinator/users"), "create", Map.of(
                "create:given", "Nadia", "create:family", "Ravnsbæk", "create:email", "NADIA@demo.example",
                "create:language", "EN", "create:roles", "TRAINER"), "create:save");
        assertTrue(duplicate.messages().contains("findes allerede"), duplicate.messages());

        WebUser nadia = new WebUser(app);
        Page invitation = nadia.get(link.substring(link.indexOf("invitation?")));
        Page saved = nadia.submit(invitation, "password-form", Map.of("password-form:password",
                "a long and quiet evening", "password-form:repeat", "a long and quiet evening"), "password-form:save");
        assertEquals(302, saved.status());
        assertEquals(200, WebUser.loggedIn(app, "nadia@demo.example", "a long and quiet evening").get("trainer/").status());
    }

    private static Page openRoles(WebUser coordinator, String email) {
        Page users = coordinator.get("coordinator/users?q=" + email);
        return coordinator.submit(users, "users", Map.of(), LoginSecurityIT.rowButton(users, email, "edit"));
    }
}
