package dk.peermentor.platform;

import java.sql.Connection;
import java.sql.SQLException;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Ready only while the database answers and carries every migration of this release. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = migrations.dataSource().getConnection()) {
            boolean reachable = connection.isValid(2);
            boolean migrated = reachable && migrations.isUpToDate();
            return HealthCheckResponse.named("database")
                    .status(reachable && migrated)
                    .withData("reachable", reachable)
                    .withData("migrated", migrated)
                    .build();
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named("database").down().withData("reachable", false).build();
        }
    }
}
