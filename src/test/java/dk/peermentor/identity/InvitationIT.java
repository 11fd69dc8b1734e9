package dk.peermentor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import dk.peermentor.testing.Deployments;
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
    private static final int SMTP_PORT = freePort();
    private static final GreenMail SMTP = startSmtp();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application("invitation", Map.of(
                "peermentor.demo", "true",
                "peermentor.mail.host", "127.0.0.1",
                "peermentor.mail.port", Integer.toString(SMTP_PORT),
                "peermentor.mail.starttls", "false",
                "peermentor.mail.from", "kursus@fjordby.example"));
    }

    @ArquillianResource
    URL app;

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void anInvitedPersonChoosesTheirPasswordThroughTheMailedLinkOnce() throws Exception {
        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", AccessMatrixIT.PASSWORD);
        int before = SMTP.getReceivedMessages().length;
        Page created = coordinator.submit(coordinator.get("coordinator/users"), "create", Map.of(
                "create:given", "Yasmin", "create:family", "Østergaard", "create:email", "yasmin@demo.example",
                "create:language", "DA", "create:roles", "TRAINEE"), "create:save");
        assertEquals(200, created.status());
        assertTrue(created.messages().contains("yasmin@demo.example"), created.messages());

        MimeMessage mail = nextMail(before);
        assertEquals("yasmin@demo.example", mail.getAllRecipients()[0].toString());
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
        WebUser visitor = new WebUser(app);
        int before = SMTP.getReceivedMessages().length;
        Page unknown = visitor.submit(visitor.get("forgot-password"), "forgot",
                Map.of("forgot:email", "nobody@demo.example"), "forgot:send");
        Page known = visitor.submit(visitor.get("forgot-password"), "forgot",
                Map.of("forgot:email", "Trainer@Demo.example"), "forgot:send");
        assertEquals(unknown.messages(), known.messages());

        MimeMessage mail = nextMail(before);
        assertEquals(before + 1, SMTP.getReceivedMessages().length, "nothing is sent to an unknown address");
        assertEquals("trainer@demo.example", mail.getAllRecipients()[0].toString());
        Page reset = visitor.get(linkIn(mail));
        Page saved = visitor.submit(reset, "password-form", Map.of("password-form:password",
                "en helt ny og lang sætning", "password-form:repeat", "en helt ny og lang sætning"),
                "password-form:save");
        assertEquals(302, saved.status());
        assertEquals(200, WebUser.loggedIn(app, "trainer@demo.example", "en helt ny og lang sætning").get("trainer/").status());
        Page oldPassword = new WebUser(app).login("trainer@demo.example", AccessMatrixIT.PASSWORD);
        assertEquals(200, oldPassword.status(), "the old password no longer opens the account");
    }

    private static MimeMessage nextMail(int alreadyReceived) {
        assertTrue(SMTP.waitForIncomingEmail(15_000, alreadyReceived + 1), "no mail arrived");
        return SMTP.getReceivedMessages()[alreadyReceived];
    }

    private static String linkIn(MimeMessage mail) throws Exception {
        String body = (String) mail.getContent();
        Matcher link = LINK.matcher(body);
        assertTrue(link.find(), body);
        return link.group(1);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }
}
