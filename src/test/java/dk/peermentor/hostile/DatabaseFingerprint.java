package dk.peermentor.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test deployments only: one line per table with its row count and a hash of every row, so a test
 * can tell that a refused request wrote nothing, on H2 and on PostgreSQL alike. Never in the built war.
 */
@WebServlet("/test-only/database-fingerprint")
public class DatabaseFingerprint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:app/jdbc/peermentor")
    DataSource database;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        try (Connection connection = database.getConnection()) {
            StringBuilder out = new StringBuilder();
            fingerprint(connection).forEach((table, print) -> out.append(table).append(' ').append(print).append('\n'));
            response.getWriter().write(out.toString());
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    static Map<String, String> fingerprint(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet found = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (found.next()) {
                String schema = found.getString("TABLE_SCHEM");
                if (schema != null && schema.equalsIgnoreCase("public")) {
                    tables.add(found.getString("TABLE_NAME"));
                }
            }
        }
        Map<String, String> prints = new TreeMap<>();
        for (String table : tables) {
            long rows = 0;
            long hash = 0;
            try (Statement sql = connection.createStatement();
                    ResultSet all = sql.executeQuery("select * from \"" + table + "\"")) {
                int columns = all.getMetaData().getColumnCount();
                while (all.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        Object value = all.getObject(c);
                        row.append(value instanceof byte[] bytes ? java.util.Arrays.hashCode(bytes) : value).append('\u001f');
                    }
                    rows++;
                    // Order-free: the same rows in any order give the same sum.
                    hash += row.toString().hashCode() * 0x9E3779B97F4A7C15L;
                }
            }
            prints.put(table.toLowerCase(java.util.Locale.ROOT), rows + ":" + Long.toHexString(hash));
        }
        return prints;
    }

    /**
     * The tables as the servlet of the deployment at {@code app} prints them, without Flyway's
     * history (its install times are not data a request could change); for the tests, in their process.
     */
    static List<String> read(URL app) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(app + "test-only/database-fingerprint")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the fingerprint answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().lines().filter(line -> !line.startsWith("flyway_schema_history ")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
