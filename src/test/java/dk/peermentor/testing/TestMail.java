package dk.peermentor.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The SMTP server (GreenMail, in the test process) that a deployment with mail sends to.
 * Started once, at the first deployment that needs it; tests read the mails sent to one address, so
 * mails other tests caused do not disturb them.
 */
public final class TestMail {

    private static GreenMail server;

    private TestMail() {
    }

    /** The module's mail settings for this server. */
    public static Map<String, String> configuration() {
        return Map.of("peermentor.mail.host", "127.0.0.1",
                "peermentor.mail.port", Integer.toString(server().getSmtp().getPort()),
                "peermentor.mail.starttls", "false",
                "peermentor.mail.from", "kursus@fjordby.example");
    }

    private static synchronized GreenMail server() {
        if (server == null) {
            GreenMail started = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
            server = started;
        }
        return server;
    }

    /** Every mail received so far for {@code address}, oldest first. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(mail -> isFor(mail, address)).toList();
    }

    /** Waits (up to 15 s) for mail number {@code count} to {@code address} and returns it. */
    public static MimeMessage awaitMail(String address, int count) {
        long end = System.nanoTime() + 15_000_000_000L;
        while (to(address).size() < count && System.nanoTime() < end) {
            server().waitForIncomingEmail(250, server().getReceivedMessages().length + 1);
        }
        List<MimeMessage> mails = to(address);
        assertTrue(mails.size() >= count, "mail " + count + " to " + address + " did not arrive");
        return mails.get(count - 1);
    }

    private static boolean isFor(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
