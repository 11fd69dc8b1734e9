package dk.peermentor.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Keeps the session that changed its own account's password or roles: once the change is committed,
 * this session is moved on to the account's new generation, so only the other sessions end. Nothing
 * is moved when the change fails, or when the session belongs to someone else (a coordinator
 * changing another person's roles).
 */
@RequestScoped
public class LoginSessions {

    @Inject
    HttpServletRequest request;

    void keepThisOne(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded ended) {
        var session = request.getSession(false);
        SessionLogin.in(session).filter(login -> login.accountId() == ended.accountId())
                .ifPresent(login -> new SessionLogin(login.accountId(), ended.generation()).storeIn(session));
    }
}
