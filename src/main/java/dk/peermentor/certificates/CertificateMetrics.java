package dk.peermentor.certificates;

import java.util.function.Supplier;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Times certificate generation for /metrics (docs/monitoring.md): one timer, tagged by what was
 * made ({@code single}: one PDF, printed and signed; {@code zip} and {@code merged}: a cohort's batch,
 * timed whole, however many certificates).
 */
@ApplicationScoped
public class CertificateMetrics {

    public static final String GENERATION_METRIC = "peermentor_certificate_generation";

    @Inject
    MetricRegistry metrics;

    /** Runs {@code work}, timed under the given kind, and returns its result. */
    public <T> T time(String kind, Supplier<T> work) {
        Timer.Context context = metrics.timer(GENERATION_METRIC, new Tag("kind", kind)).time();
        try {
            return work.get();
        } finally {
            context.stop();
        }
    }

    /** Runs {@code work}, timed under the given kind. */
    public void time(String kind, Runnable work) {
        time(kind, () -> {
            work.run();
            return null;
        });
    }
}
