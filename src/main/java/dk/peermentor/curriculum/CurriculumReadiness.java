package dk.peermentor.curriculum;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Ready once the curriculum has been loaded and validated. */
@Readiness
@ApplicationScoped
public class CurriculumReadiness implements HealthCheck {

    @Inject
    CurriculumRegistry registry;

    @Override
    public HealthCheckResponse call() {
        boolean loaded = registry.isLoaded();
        var response = HealthCheckResponse.named("curriculum").status(loaded);
        if (loaded) {
            response.withData("units", registry.curriculum().units().size());
        }
        return response.build();
    }
}
