package dk.peermentor.platform;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie: HttpOnly from web.xml and SameSite=Lax from payara-web.xml (links from e-mails still work,
 * cross-site posts carry no session); here Secure when {@code peermentor.session.secure-cookie} is on
 * (behind TLS) and the idle timeout from {@code peermentor.session.idle-minutes}.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig();
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(config.getOptionalValue("peermentor.session.secure-cookie", Boolean.class).orElse(false));
        event.getServletContext().setSessionTimeout(
                config.getOptionalValue("peermentor.session.idle-minutes", Integer.class).orElse(30));
    }
}
