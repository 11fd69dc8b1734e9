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
 * <p>
 * The pool validates a connection before handing it out with {@code Connection.isValid} (Payara's
 * {@code JDBC40ConnectionValidation}): a round trip on PostgreSQL and on H2 alike. Payara's
 * {@code auto-commit} method does not reach a PostgreSQL server (the driver only remembers the
 * flag), so after a database restart the pool kept handing out dead connections. With
 * {@code fail-all-connections} the first dead one found empties the pool, and new connections are
 * opened when the database is back: the application recovers without a restart
 * ({@code docs/operations.md}).
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
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            // A request waits at most this long for a free connection, then fails with the error page.
            "fish.payara.max-wait-time-in-millis=10000",
            // No retry when a connection cannot be opened: a page makes several calls, each would wait
            // again (2 retries of 1 s made an error page take 20 s during an outage); failing at once
            // shows the error page at once, and the first request after the database is back works.
            "fish.payara.connection-creation-retry-attempts=0",
            // A connection held longer than this is logged with the stack that took it (a leak).
            "fish.payara.connection-leak-timeout-in-seconds=60"
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
