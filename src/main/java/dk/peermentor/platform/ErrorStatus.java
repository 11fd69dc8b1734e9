package dk.peermentor.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Turns a refusal from a service into the status it stands for: {@link AccessDenied} anywhere in
 * the cause chain becomes 403 and the forbidden page, {@link NotFound} 404; never a 500 with a stack trace.
 */
@WebFilter(urlPatterns = "/*")
public class ErrorStatus extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!response.isCommitted() && (causedBy(e, AccessDenied.class) || causedBy(e, NotFound.class))) {
                response.resetBuffer();
                response.sendError(causedBy(e, AccessDenied.class) ? HttpServletResponse.SC_FORBIDDEN
                        : HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause instanceof ServletException servlet && servlet.getRootCause() != null
                    && servlet.getRootCause() != cause.getCause() && causedBy(servlet.getRootCause(), type)) {
                return true;
            }
        }
        return false;
    }
}
