package dk.peermentor.platform;

import java.io.IOException;
import java.time.Duration;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Times every request the application answers, for /metrics (docs/monitoring.md): Payara 6's base
 * and vendor metrics have none. Tagged only by the status class (2xx, 3xx, 4xx, 5xx), so the number
 * of series stays four whatever the addresses; per page, read nginx's access log.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class RequestMetrics extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String REQUESTS_METRIC = "peermentor_http_requests";

    @Inject
    MetricRegistry metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long began = System.nanoTime();
        boolean thrown = true;
        try {
            chain.doFilter(request, response);
            thrown = false;
        } finally {
            // What throws past the page is answered by the error pages, with a 500 unless it says otherwise.
            int status = thrown && response.getStatus() < 400 ? 500 : response.getStatus();
            Timer timer = metrics.timer(REQUESTS_METRIC, new Tag("status", status / 100 + "xx"));
            timer.update(Duration.ofNanos(System.nanoTime() - began));
        }
    }
}
