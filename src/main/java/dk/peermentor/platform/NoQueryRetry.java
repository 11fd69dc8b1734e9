package dk.peermentor.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Turns off EclipseLink's retry of a read that met a lost connection. By default it waits 5 s and
 * tries again, twice, so during a database outage every page took 10 s to show the error page. The
 * pool already validates each connection before handing it out ({@link DatabaseMigrations}), so a
 * retry has nothing left to recover: the request fails at once with the error page, and the first
 * request after the database is back works.
 */
public class NoQueryRetry implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
        }
    }
}
