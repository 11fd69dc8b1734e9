package dk.peermentor.platform;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every response carries. Scripts are governed by the policy PrimeFaces sends with its
 * per-request nonce ({@code primefaces.CSP}); this policy adds what PrimeFaces leaves open: no
 * framing, no plug-ins, no foreign form targets or base URLs. Browsers enforce both policies.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        applyTo(response);
        chain.doFilter(request, response);
    }

    /** Also called by the login mechanism, whose redirects are answered before any filter runs. */
    public static void applyTo(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Links with one-time tokens must not leak to other sites.
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        if (!response.containsHeader("Content-Security-Policy")) {
            response.addHeader("Content-Security-Policy", POLICY);
        }
        response.setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
    }
}
