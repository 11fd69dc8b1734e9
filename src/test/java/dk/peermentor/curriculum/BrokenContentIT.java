package dk.peermentor.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dk.peermentor.testing.ContentCopy;

/**
 * A broken course-content file stops the start with a message that names the file and the line.
 * Runs Payara Micro exactly as an operator does (java -jar payara-micro.jar --deploy the war), with
 * the external content directory in the environment, and reads what the log says.
 */
class BrokenContentIT {

    private static final Path BROKEN = Path.of("target/it-content/broken");
    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    @Test
    void aBrokenContentFileStopsTheStartAndNamesFileAndLine() throws Exception {
        ContentCopy.of(BROKEN);
        ContentCopy.replace(BROKEN.resolve("units/3-crisis-handling.en.md"), "title: ", "title: [unclosed ");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder payara = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", System.getenv().getOrDefault("MICRO_JAR", "target/payara-micro.jar"),
                "--deploy", System.getProperty("war.file", "target/peer-mentor-education.war"), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster")
                .redirectErrorStream(true);
        payara.environment().put("PEERMENTOR_CONTENT_DIR", BROKEN.toAbsolutePath().toString());
        payara.environment().put("PEERMENTOR_DATA_DIR", Path.of("target/it-data/broken-content").toAbsolutePath().toString());
        Process process = payara.start();
        try {
            List<String> log = readUntilStarted(process);
            String all = String.join("\n", log);
            assertTrue(all.contains("The course content is broken"), all);
            assertTrue(all.matches("(?s).*units/3-crisis-handling\\.en\\.md, line \\d+:.*"), all);

            HttpResponse<String> home = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, home.statusCode(), "the application must not serve anything with broken content");
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Reads the server's output until it reports that it is up (or gives up), keeping every line. */
    private static List<String> readUntilStarted(Process process) throws Exception {
        List<String> lines = new ArrayList<>();
        Instant deadline = Instant.now().plus(START_LIMIT);
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    if (line.contains("Payara Micro URLs") || line.contains("Payara Micro") && line.contains("ready in")) {
                        return;
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        reading.get(Duration.between(Instant.now(), deadline).toMillis(), TimeUnit.MILLISECONDS);
        synchronized (lines) {
            return new ArrayList<>(lines);
        }
    }
}
