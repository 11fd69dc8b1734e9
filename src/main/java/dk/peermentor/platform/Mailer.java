package dk.peermentor.platform;

import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends plain-text mail through the SMTP server named in MicroProfile Config
 * ({@code peermentor.mail.*}). Without {@code peermentor.mail.host} nothing is sent and callers
 * hand the link over another way.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "peermentor.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "peermentor.mail.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "peermentor.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "peermentor.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "peermentor.mail.starttls", defaultValue = "true")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "peermentor.mail.from", defaultValue = "peer-mentor@localhost")
    String from;

    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Sends one message; returns false (and logs why, without the body) when it could not. */
    public boolean send(String to, String subject, String body) {
        if (!isConfigured()) {
            return false;
        }
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            Transport.send(message);
            return true;
        } catch (MessagingException e) {
            LOG.warning(() -> "Mail to one recipient could not be sent: " + e.getMessage());
            return false;
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        if (user.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(properties);
    }
}
