package dk.peermentor.testing;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the integration tests: the war the build produced, exactly as it runs in
 * production, plus a little configuration of the test's own. Each test class names its own database,
 * so no test sees another's data.
 * <p>
 * With {@code -Ppostgresql} (system property {@code it.postgresql.url}, the admin URL of a throw-away
 * cluster) each name gets its own PostgreSQL database {@code it_<name>} instead of an H2 file,
 * created empty the first time the name is deployed in this test run, so a redeployment of the same
 * name (RestartIT) finds its data again, exactly as with the H2 file.
 * <p>
 * With {@code -Dit.clock.start=2027-03-09T10:00} every deployment runs on a clock shifted to that
 * moment ({@code peermentor.clock.start}); tests ask {@link AppClock} for the date the application sees.
 */
public final class Deployments {

    /** Databases created in this run: a name deployed again keeps its data, as an H2 file does. */
    private static final Set<String> CREATED = new HashSet<>();

    private Deployments() {
    }

    /** The address the shared deployment's links, certificates and API answers name. */
    public static final String PUBLIC_URL = "https://peer.example.dk/";

    /**
     * The deployment most integration tests share: the demo programme without mail (so coordinators
     * get the links to hand over, as in a start without a mail server), JWTs of {@link TestIdentityProvider}, a curriculum with a {@code <script>} planted in unit 1 (it must
     * reach every page as text), the test-only servlets, and the in-container test classes. One
     * Payara Micro serves it for the whole run ({@link SharedPayaraMicro}), so a test never assumes
     * the demo data is as the demo made it: what it changes it makes itself ({@link TestPeople},
     * {@link TodaysCohort}). Deploy it with {@code @Deployment} (testable) and mark client-side test
     * classes {@code @RunAsClient}: the first class to deploy it decides what the server holds.
     */
    public static WebArchive shared() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("peermentor.demo", "true");
        config.put("peermentor.public-url", PUBLIC_URL);
        config.putAll(TestIdentityProvider.configuration());
        config.put("peermentor.content.dir", SharedContent.directory().toString());
        return application("shared-demo", config)
                .addAsLibrary(inContainerTestClasses());
    }

    /**
     * The test classes an in-container test may need, in a library of the shared deployment (the
     * first class to deploy it brings only itself). Browser tests, benchmarks and the cluster's checks
     * need libraries the server does not have and never run in it.
     */
    private static JavaArchive inContainerTestClasses() {
        File classes = new File(System.getProperty("test.classes.dir", "target/test-classes"));
        return ShrinkWrap.create(JavaArchive.class, "it-classes.jar").as(ExplodedImporter.class)
                .importDirectory(classes, path -> {
                    String name = path.get();
                    return name.startsWith("/dk") && !name.contains("BrowserIT") && !name.startsWith("/dk/peermentor/bench")
                            && !name.startsWith("/dk/peermentor/cluster") && !name.startsWith("/dk/peermentor/testing/Browser")
                            && !name.startsWith("/dk/peermentor/testing/SharedPayaraMicro");
                }).as(JavaArchive.class);
    }

    /** The built war with its own H2 database file, named after the test. */
    public static WebArchive application(String databaseName) {
        return application(databaseName, Map.of());
    }

    public static WebArchive application(String databaseName, Map<String, String> config) {
        File war = new File(System.getProperty("war.file", "target/peer-mentor-education.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Run the integration tests through Maven (mvn verify): " + war + " is missing");
        }
        Map<String, String> all = new LinkedHashMap<>();
        // Above the environment (300), so a test's own database wins over PEERMENTOR_DATA_DIR.
        all.put("config_ordinal", "400");
        all.put("peermentor.data.dir", dataDirectory() + "/" + databaseName);
        all.putAll(postgresqlDatabase(databaseName));
        // Tests hand files over through this folder; on H2 the database file creates it, on PostgreSQL nothing does.
        new File(dataDirectory()).mkdirs();
        // -Dit.clock.start: the application runs on a shifted clock (AppClock computes the same date).
        if (AppClock.start() != null) {
            all.put("peermentor.clock.start", AppClock.start());
        }
        all.putAll(config);
        String properties = all.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        JavaArchive testConfig = ShrinkWrap.create(JavaArchive.class, "test-config.jar")
                .addAsManifestResource(new StringAsset(properties), "microprofile-config.properties")
                .addClass(AppClock.class);
        // Named after the test, so one test class may hold several deployments side by side
        // (SharedPayaraMicro knows the shared one by this name).
        return ShrinkWrap.create(WebArchive.class, "it-" + databaseName + ".war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
                .addAsLibrary(testConfig);
    }

    /**
     * The datasource settings of the test's own PostgreSQL database, created (dropped first, in case
     * an earlier run left it) at its first deployment in this run; empty when the run is on H2.
     */
    private static synchronized Map<String, String> postgresqlDatabase(String databaseName) {
        String adminUrl = System.getProperty("it.postgresql.url", "");
        if (adminUrl.isBlank()) {
            return Map.of();
        }
        String database = "it_" + databaseName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String user = System.getProperty("it.postgresql.user", "peermentor");
        String password = System.getProperty("it.postgresql.password", "throwaway-cluster");
        if (CREATED.add(database)) {
            try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                    Statement sql = admin.createStatement()) {
                sql.execute("drop database if exists " + database + " with (force)");
                sql.execute("create database " + database + " owner " + user + " encoding 'UTF8' template template0");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create the test database " + database + " through " + adminUrl
                        + " (start it with server-config/postgresql/throwaway-cluster.sh start)", e);
            }
        }
        // The database's URL is the admin URL with the database name replaced.
        String url = adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
        return Map.of(
                "peermentor.datasource.class", "org.postgresql.ds.PGSimpleDataSource",
                "peermentor.datasource.url", url,
                "peermentor.datasource.user", user,
                "peermentor.datasource.password", password);
    }

    private static String dataDirectory() {
        String fromBuild = System.getenv("PEERMENTOR_DATA_DIR");
        return new File(fromBuild != null ? fromBuild : "target/it-data").getAbsolutePath();
    }
}
