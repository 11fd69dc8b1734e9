package dk.peermentor.identity;

import java.io.Serializable;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/**
 * What a logged-in session remembers of its login: the account, and the generation of the account's
 * sessions it was logged in under. The account's generation moves on when its password, roles or
 * state change ({@link Account#endSessions()}); from then on this session is over, on whichever
 * instance of a cluster its next request arrives, because the check reads the account, not the grid.
 */
record SessionLogin(long accountId, int generation) implements Serializable {

    private static final String ATTRIBUTE = SessionLogin.class.getName();

    static Optional<SessionLogin> in(HttpSession session) {
        return session == null ? Optional.empty()
                : Optional.ofNullable((SessionLogin) session.getAttribute(ATTRIBUTE));
    }

    void storeIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    String caller() {
        return Long.toString(accountId);
    }
}
