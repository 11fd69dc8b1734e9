package dk.peermentor.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The two-instance cluster of server-config/cluster/ as the fault tests drive it: started and stopped
 * with its own scripts, an instance killed with SIGKILL or started again, and the database read
 * directly (as the PostgreSQL superuser over loopback) to check what was stored.
 */
final class LocalCluster implements AutoCloseable {

    static final String NGINX_PORT = System.getProperty("cluster.nginx.port", "18180");
    static final String PORT_A = System.getProperty("cluster.port.a", "18181");
    static final String PORT_B = System.getProperty("cluster.port.b", "18182");
    static final String PG_PORT = System.getProperty("cluster.pg.port", "55442");

    private final Path scripts;
    private final Path dir;

    private LocalCluster(Path scripts, Path dir) {
        this.scripts = scripts;
        this.dir = dir;
    }

    /** Starts the cluster (PostgreSQL, A, B, nginx) from scratch; at most {@code limit}. */
    static LocalCluster start(Duration limit) throws IOException, InterruptedException {
        Path scripts = Path.of(System.getProperty("cluster.scripts", "server-config/cluster")).toAbsolutePath();
        Path dir = Path.of(System.getProperty("cluster.dir", "/tmp/peermentor-cluster-check"));
        LocalCluster cluster = new LocalCluster(scripts, dir);
        // A cluster left over from an aborted run would hold the ports.
        cluster.run(Duration.ofSeconds(90), "stop.sh");
        cluster.run(limit, "start.sh");
        return cluster;
    }

    String url() {
        return "http://127.0.0.1:" + NGINX_PORT + "/";
    }

    static String instanceOfPort(String port) {
        return port.equals(PORT_A) ? "A" : port.equals(PORT_B) ? "B" : "?";
    }

    /** SIGKILL: the instance is gone at once, without leaving the data grid or finishing a request. */
    void kill(String instance) throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readString(dir.resolve(instance + ".pid")).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(instance + " is not running"));
        process.destroyForcibly();
        process.onExit().orTimeout(20, TimeUnit.SECONDS).join();
        System.out.println("== killed instance " + instance + " (pid " + pid + ") with SIGKILL");
    }

    /** Starts a killed or stopped instance again and waits until it is ready. */
    void startInstance(String instance, Duration limit) throws IOException, InterruptedException {
        run(limit, "instance.sh", "start", instance);
    }

    /** {@code stop} (fast: connections cut), {@code start} or {@code restart} the cluster's PostgreSQL. */
    void database(String action) throws IOException, InterruptedException {
        run(Duration.ofSeconds(90), "database.sh", action);
    }

    /** Whether an instance answers /health/ready with UP, asked directly (not through nginx). */
    static boolean ready(String port) {
        try {
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/health/ready"))
                            .timeout(Duration.ofSeconds(5)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("\"database\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + PG_PORT + "/peermentor", "postgres", "");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(Duration.ofSeconds(120), "stop.sh");
    }

    private void run(Duration limit, String script, String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", scripts.resolve(script).toString()));
        command.addAll(List.of(arguments));
        // The scripts' output goes to a file and then to ours: failsafe's channel from this JVM must
        // not be written to by another process.
        Path output = Files.createTempFile("cluster-script", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.put("CLUSTER_DIR", dir.toString());
        env.put("CLUSTER_TEST", "1");
        env.put("KEEP_LOGS", "1");
        env.put("NGINX_PORT", NGINX_PORT);
        env.put("PORT_A", PORT_A);
        env.put("PORT_B", PORT_B);
        env.put("PG_PORT", PG_PORT);
        Process process = builder.start();
        boolean finished = process.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        System.out.print(Files.readString(output));
        Files.delete(output);
        if (!finished) {
            throw new AssertionError(script + " did not finish within " + limit);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(script + " " + String.join(" ", arguments) + " failed: exit " + process.exitValue());
        }
    }
}
