package dk.peermentor.platform;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The headers every response carries. Scripts are governed by the policy PrimeFaces sends with its
 * per-request nonce ({@code primefaces.CSP}); this policy adds what PrimeFaces leaves open: no
 * framing, no plug-ins, no foreign form targets or base URLs. Browsers enforce both policies.
 * <p>
 * Nothing but the static resources may be kept by a browser or a proxy: pages, downloads and error
 * pages say {@code Cache-Control: no-store} (ASVS 8.2.1), since nearly every answer here names a
 * person. The API under {@code /api/} says its own (the matching module revalidates with ETags). A
 * download that resets the response (a Faces action answering with a file) gets the headers again:
 * the response handed down the chain puts them back after every reset.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Style sheets, scripts, fonts and the course's public images: the same for everyone, cacheable. */
    private static final String[] STATIC_PATHS = {"/jakarta.faces.resource/", "/resources/", "/materials/images/"};

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean cacheable = decidesItsOwnCaching(request);
        applyTo(response, cacheable);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void reset() {
                super.reset();
                applyTo(response, cacheable);
            }
        });
    }

    /** Also called by the login mechanism, whose answers are sent before any filter runs. */
    public static void applyTo(HttpServletRequest request, HttpServletResponse response) {
        applyTo(response, decidesItsOwnCaching(request));
    }

    private static void applyTo(HttpServletResponse response, boolean cacheable) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Links with one-time tokens must not leak to other sites.
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        if (!response.containsHeader("Content-Security-Policy")) {
            response.addHeader("Content-Security-Policy", POLICY);
        }
        response.setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
        if (!cacheable) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** Whether the answer decides its own caching: a static resource, or the API. */
    private static boolean decidesItsOwnCaching(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return true;
        }
        for (String prefix : STATIC_PATHS) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
