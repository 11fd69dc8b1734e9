package dk.peermentor.platform;

import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Brings the database schema up to date before anything else touches it. Flyway's migrations in
 * {@code db/migration} are the only thing that creates or changes the schema; JPA never does.
 * <p>
 * The datasource is defined here from MicroProfile Config, so switching from the embedded H2 file to
 * PostgreSQL is a matter of configuration (see {@code docs/configuration.md}), not of a rebuild.
 */
@DataSourceDefinition(
        name = DatabaseMigrations.DATASOURCE,
        className = "${MPCONFIG=peermentor.datasource.class}",
        url = "${MPCONFIG=peermentor.datasource.url}",
        user = "${MPCONFIG=peermentor.datasource.user}",
        password = "${MPCONFIG=peermentor.datasource.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseMigrations {

    public static final String DATASOURCE = "java:app/jdbc/peermentor";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = flyway().migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now, on " + result.database + ")");
    }

    /** True when every migration the application carries has been applied. */
    public boolean isUpToDate() {
        return flyway().info().pending().length == 0;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    private Flyway flyway() {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }
}
