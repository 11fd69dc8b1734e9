package dk.peermentor.testing;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the integration tests: the war the build produced, exactly as it runs in
 * production, plus a little configuration of the test's own. Each test class names its own database,
 * so no test sees another's data.
 */
public final class Deployments {

    private Deployments() {
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
        all.putAll(config);
        String properties = all.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        JavaArchive testConfig = ShrinkWrap.create(JavaArchive.class, "test-config.jar")
                .addAsManifestResource(new StringAsset(properties), "microprofile-config.properties");
        // Named after the test, so one test class may hold several deployments side by side.
        return ShrinkWrap.create(WebArchive.class, "it-" + databaseName + ".war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
                .addAsLibrary(testConfig);
    }

    private static String dataDirectory() {
        String fromBuild = System.getenv("PEERMENTOR_DATA_DIR");
        return new File(fromBuild != null ? fromBuild : "target/it-data").getAbsolutePath();
    }
}
