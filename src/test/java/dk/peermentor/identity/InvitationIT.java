package dk.peermentor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import dk.peermentor.testing.TestMail;
import dk.peermentor.testing.TestPeopleServlet;
import dk.peermentor.testing.TestPeople;
import dk.peermentor.testing.TestPeople.TestPerson;
import dk.peermentor.testing.WebUser;
import dk.peermentor.testing.WebUser.Page;

import jakarta.mail.internet.MimeMessage;

/**
 * Invitations and password resets by e-mail, through a real SMTP server (GreenMail) running in the
 * test process: the mail arrives and its link works once. {@link LinkExpiryIT} shows the expiry.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitationIT {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/((?:invitation|reset-password)\\?token=[\\w-]+)");

    /** The only tests with mail: the shared deployment has none, so coordinators hand links over. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = new java.util.HashMap<>(TestMail.configuration());
        config.put("peermentor.demo", "true");
        return Deployments.application("invitation", config).addClasses(TestPeopleServlet.class, InTransaction.class);
    }

    @ArquillianResource
    URL app;

    @Test
    void anInvitedPersonChoosesTheirPasswordThroughTheMailedLinkOnce() throws Exception {
        WebUser coordinator = Demo.logInAs(app, Demo.COORDINATOR);
        Page created = coordinator.submit(coordinator.get("coordinator/users"), "create", Map.of(
                "create:given", "Yasmin", "create:family", "Østergaard", "create:email", "yasmin@demo.example",
                "create:language", "DA", "create:roles", "TRAINEE"), "create:save");
        assertEquals(200, created.status());
        assertTrue(created.messages().contains("yasmin@demo.example"), created.messages());

        MimeMessage mail = TestMail.awaitMail("yasmin@demo.example", 1);
        assertEquals("Din adgang til peer-mentoruddannelsen", mail.getSubject());
        String body = (String) mail.getContent();
        assertTrue(body.contains("Kære Yasmin"), body);
        String link = linkIn(mail);

        WebUser yasmin = new WebUser(app);
        Page invitation = yasmin.get(link);
        assertTrue(invitation.text().contains("yasmin@demo.example"), invitation.text());
        Page weak = yasmin.submit(invitation, "password-form",
                Map.of("password-form:password", "kort", "password-form:repeat", "kort"), "password-form:save");
        assertTrue(weak.messages().contains("12"), weak.messages());
        Page common = yasmin.submit(invitation, "password-form",
                Map.of("password-form:password", "123456789012", "password-form:repeat", "123456789012"),
                "password-form:save");
        assertTrue(common.messages().contains("første"), common.messages());
        Page saved = yasmin.submit(invitation, "password-form", Map.of("password-form:password",
                "tre blå fugle på taget", "password-form:repeat", "tre blå fugle på taget"), "password-form:save");
        assertEquals(302, saved.status());
        assertTrue(saved.location().orElseThrow().contains("passwordSet"));

        WebUser.loggedIn(app, "yasmin@demo.example", "tre blå fugle på taget");
        Page again = new WebUser(app).get(link);
        assertTrue(again.text().contains("allerede brugt"), again.text());
        assertTrue(again.document().select("form#password-form").isEmpty());
    }

    @Test
    void forgotPasswordMailsOnlyKnownAddressesAndSaysTheSameToEveryone() throws Exception {
        TestPerson trainer = TestPeople.create(app, Role.TRAINER);
        WebUser visitor = new WebUser(app);
        Page unknown = visitor.submit(visitor.get("forgot-password"), "forgot",
                Map.of("forgot:email", "nobody@demo.example"), "forgot:send");
        Page known = visitor.submit(visitor.get("forgot-password"), "forgot",
                Map.of("forgot:email", trainer.email().toUpperCase(java.util.Locale.ROOT)), "forgot:send");
        assertEquals(unknown.messages(), known.messages());

        MimeMessage mail = TestMail.awaitMail(trainer.email(), 1);
        assertEquals(List.of(), TestMail.to("nobody@demo.example"), "nothing is sent to an unknown address");
        Page reset = visitor.get(linkIn(mail));
        Page saved = visitor.submit(reset, "password-form", Map.of("password-form:password",
                "en helt ny og lang sætning", "password-form:repeat", "en helt ny og lang sætning"),
                "password-form:save");
        assertEquals(302, saved.status());
        assertEquals(200, WebUser.loggedIn(app, trainer.email(), "en helt ny og lang sætning").get("trainer/").status());
        Page oldPassword = new WebUser(app).login(trainer.email(), TestPeople.PASSWORD);
        assertEquals(200, oldPassword.status(), "the old password no longer opens the account");
    }

    private static String linkIn(MimeMessage mail) throws Exception {
        String body = (String) mail.getContent();
        Matcher link = LINK.matcher(body);
        assertTrue(link.find(), body);
        return link.group(1);
    }
}
