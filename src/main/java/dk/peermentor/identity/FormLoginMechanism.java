package dk.peermentor.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import dk.peermentor.audit.AuditAction;
import dk.peermentor.audit.AuditLog;
import dk.peermentor.platform.ClientAddress;
import dk.peermentor.platform.SecurityHeaders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Our form login. The login page hands the typed credentials to
 * {@code SecurityContext.authenticate}; this mechanism refuses locked names before checking the
 * password, gives the session a new id on success (no session fixation), counts failures, and
 * writes logins and failed logins to the audit log. A protected page asked for without a login
 * redirects to /login (with our security headers: this answer is sent before any filter runs) and,
 * after login, the login page sends the user back to that page.
 * <p>
 * The session keeps the account id and the generation of the account's sessions it was logged in
 * under ({@link SessionLogin}), and each request of a logged-in user is authenticated again with the
 * account read afresh: a role taken away counts at the next request, and a changed password, changed
 * roles, a deactivated account or "log out on all devices" end the session there and then, on every
 * instance of a cluster. (Payara's {@code @AutoApplySession} works from a cached principal, and under
 * concurrent load it lost the roles of a few per cent of requests: payara/Payara#6145.)
 * <p>
 * A session id is taken from the cookie only: an address carrying {@code ;jsessionid=} is sent to the
 * same address without it, so a link someone else made never puts a visitor into their session.
 * <p>
 * Requests under /api/ are left to {@link BearerAuthentication}: Jakarta Security allows one
 * mechanism per application, and Payara's MP-JWT mechanism would replace this one.
 */
@ApplicationScoped
public class FormLoginMechanism implements HttpAuthenticationMechanism {

    /** Session attribute: the page (path within the application) asked for before the login. */
    public static final String RETURN_TO = FormLoginMechanism.class.getName() + ".returnTo";

    /** Request attribute telling the login page why it failed: {@link LoginOutcome}. */
    public static final String OUTCOME = FormLoginMechanism.class.getName() + ".outcome";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    AccountIdentityStore accounts;

    @Inject
    Clock clock;

    @Inject
    BearerAuthentication api;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        SecurityHeaders.applyTo(request, response);
        if (request.isRequestedSessionIdFromURL()) {
            return context.redirect(withoutSessionId(request));
        }
        if (isApi(request)) {
            // The API is for programs: a bearer credential on every call, no session, no login page.
            return api.validate(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (!(credential instanceof UsernamePasswordCredential login)) {
            HttpSession session = request.getSession(false);
            Optional<SessionLogin> loggedIn = SessionLogin.in(session);
            if (loggedIn.isPresent()) {
                Set<String> roles = accounts.groupsOf(loggedIn.get());
                if (!roles.isEmpty()) {
                    return context.notifyContainerAboutLogin(loggedIn.get().caller(), roles);
                }
                // Ended elsewhere (a new password, other roles, deactivated): nothing of it stays.
                session.invalidate();
            }
            if (context.isProtected()) {
                // Anonymous visitor on a protected page: to the login page, and back here afterwards.
                if ("GET".equals(request.getMethod())) {
                    request.getSession().setAttribute(RETURN_TO, returnPath(request));
                }
                return context.redirect(request.getContextPath() + "/login");
            }
            return context.doNothing();
        }
        String name = LoginThrottle.normalise(login.getCaller());
        String address = ClientAddress.of(request);
        Optional<Long> accountId = accounts.findByEmail(name).map(Account::id);

        Optional<Instant> lockedUntil = throttle.lockedUntil(name, address);
        if (lockedUntil.isPresent()) {
            audit.recordAnonymous(AuditAction.LOGIN_FAILED, accountId.orElse(null), address,
                    accountId.isPresent() ? "Account" : null, accountId.orElse(null), "locked");
            request.setAttribute(OUTCOME, LoginOutcome.LOCKED);
            return AuthenticationStatus.SEND_FAILURE;
        }

        CredentialValidationResult result = identityStores.validate(login);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.recordFailure(name, address, accountId.orElse(null));
            audit.recordAnonymous(AuditAction.LOGIN_FAILED, accountId.orElse(null), address,
                    accountId.isPresent() ? "Account" : null, accountId.orElse(null), "wrong credentials");
            pause(throttle.pauseAfterFailure(throttle.recentFailures(name)).toMillis());
            request.setAttribute(OUTCOME, throttle.lockedUntil(name, address).isPresent()
                    ? LoginOutcome.LOCKED : LoginOutcome.INVALID);
            return AuthenticationStatus.SEND_FAILURE;
        }

        // Whatever session id the visitor had before is worthless from now on.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        throttle.recordSuccess(name);
        Long id = Long.valueOf(result.getCallerPrincipal().getName());
        audit.recordAnonymous(AuditAction.LOGIN, id, address, "Account", id, null);
        accounts.recordLogin(id, clock.instant());
        request.setAttribute(OUTCOME, LoginOutcome.SUCCESS);
        new SessionLogin(id, accounts.sessionGenerationOf(id)).storeIn(request.getSession());
        return context.notifyContainerAboutLogin(result);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** The address asked for, without the session id Payara would otherwise take from it. */
    private static String withoutSessionId(HttpServletRequest request) {
        String path = request.getRequestURI().replaceAll("(?i);jsessionid=[^/?#]*", "");
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static String returnPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Why the login page is shown again. */
    public enum LoginOutcome {
        SUCCESS, INVALID, LOCKED
    }
}
