package dk.peermentor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.MatchingApiClient;
import dk.peermentor.testing.MatchingApiClient.Answer;

import jakarta.json.JsonObject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/**
 * The API tried as an attacker and a careless client would, on every operation there is: the
 * resources are found in the compiled classes (a new one is tried without being listed here), each
 * query parameter gets every odd value, each path id odd ids, each body odd bodies, and every address
 * odd credentials, headers and methods. Every answer is a 2xx, 3xx or a 4xx problem+json without a
 * class name; nothing is written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiHostileInputIT {

    static final List<String> ODD_VALUES = List.of("", "x".repeat(300), "\u0000", "\u001b[2J", HostileInputIT.MARKUP,
            HostileInputIT.FORMULA, "%", "_", "' or '1'='1", "abc", "-1", "0", "99999999999999999999", "1e309", "0x1F",
            "NaN", "ÆØÅ\u202e", "../../etc/passwd", "{\"$gt\":\"\"}");
    static final List<String> ODD_IDS = List.of("0", "-1", "99999999999999999999", "x".repeat(300), "%00",
            "%3Cscript%3E", "1%20or%201=1", "%E2%80%AE", "a;b", "%25");
    static final List<String> ODD_BODIES = List.of("", "null", "[]", "{", "{\"state\":1}", "{\"state\":null}",
            "{\"state\":\"NOT_A_STATE\"}", "{\"state\":\"MATCHED\",\"id\":\"x\"}", "{\"state\":\"MATCHED\"}{\"state\":\"ENDED\"}",
            "{\"state\":\"" + "A".repeat(20_000) + "\"}", "[".repeat(5_000) + "]".repeat(5_000),
            "{\"state\":{\"state\":{\"state\":\"MATCHED\"}}}", "{\"state\":\"MATCHED\u0000\"}");
    static final List<String> ODD_CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "application/json; charset=latin-7", "*/*");
    static final List<String> ODD_AUTHORIZATIONS = List.of("", "Bearer", "Bearer ", "Basic eHl6", "Bearer a.b.c",
            "Bearer " + MatchingApiClient.DEMO_TOKEN + "x", "Bearer " + MatchingApiClient.DEMO_TOKEN + ", Bearer x",
            "Bearer " + "x".repeat(4_000), "Digest username=\"coordinator\"", "Bearer eyJhbGciOiJub25lIn0.e30.");

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    /**
     * Refused by Payara's HTTP layer before the application sees them, with an empty body: an encoded
     * NUL in the path (400) and TRACE (405). Nothing to leak, and nothing the API could word.
     */
    static final Set<String> REFUSED_BY_THE_CONTAINER = Set.of("id %00", "TRACE");

    private final List<String> wrong = new ArrayList<>();
    private int tried;

    /** An operation of the API: its method, its path template and its query parameters. */
    record Operation(String method, String path, List<String> query, boolean takesBody) {

        String with(String id) {
            return path.replaceAll("\\{[^}]+}", id);
        }
    }

    @Test
    void noOddRequestToAnyOperationAnswers500LeaksAClassNameOrWritesAnything() {
        List<Operation> operations = operations();
        assertTrue(operations.size() >= 4, "the API's operations were found: " + operations);
        MatchingApiClient api = MatchingApiClient.demo(app);
        MatchingApiClient anonymous = new MatchingApiClient(app, null);
        JsonObject mentor = api.get("api/v1/eligible-mentors?limit=1").json().getJsonArray("items").getJsonObject(0);
        String id = mentor.getString("id");
        String before = fingerprint();

        for (Operation operation : operations) {
            String path = operation.with(id);
            for (String parameter : operation.query()) {
                for (String value : ODD_VALUES) {
                    check(operation, parameter + "=" + value,
                            get(api, operation, path + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
                }
                check(operation, parameter + " twice", get(api, operation, path + "?" + parameter + "=1&" + parameter + "=2"));
            }
            if (!path.equals(operation.path())) {
                for (String odd : ODD_IDS) {
                    Answer answer = get(api, operation, operation.with(odd));
                    check(operation, "id " + odd, answer);
                    expect(operation, "id " + odd, answer, 400, 404);
                }
            }
            if (operation.takesBody()) {
                for (String body : ODD_BODIES) {
                    Answer answer = api.send(operation.method(), path, "application/json", body.getBytes(StandardCharsets.UTF_8));
                    check(operation, "body " + abbreviated(body), answer);
                    expect(operation, "body " + abbreviated(body), answer, 400, 413);
                }
                for (String type : ODD_CONTENT_TYPES) {
                    Answer answer = api.send(operation.method(), path, type, "{\"state\":\"MATCHED\"}".getBytes(StandardCharsets.UTF_8));
                    check(operation, "content type " + type, answer);
                    expect(operation, "content type " + type, answer, 400, 415);
                }
                byte[] latin1 = "{\"state\":\"MATCHED\u00c6\"}".getBytes(StandardCharsets.ISO_8859_1);
                check(operation, "Latin-1 body", api.send(operation.method(), path, "application/json", latin1));
                Answer stale = api.send(operation.method(), path, "application/json",
                        "{\"state\":\"MATCHED\"}".getBytes(StandardCharsets.UTF_8), "If-Match", "\"not-the-tag\"");
                check(operation, "stale If-Match", stale);
                expect(operation, "stale If-Match", stale, 412);
            }
            for (String authorization : ODD_AUTHORIZATIONS) {
                Answer answer = anonymous.send(operation.method(), path, operation.takesBody() ? "application/json" : null,
                        operation.takesBody() ? "{\"state\":\"MATCHED\"}".getBytes(StandardCharsets.UTF_8) : null,
                        "Authorization", authorization);
                check(operation, "Authorization " + abbreviated(authorization), answer);
                expect(operation, "Authorization " + abbreviated(authorization), answer, 401);
            }
            for (String[] header : List.of(new String[] {"Accept", "text/html"}, new String[] {"Accept", "application/xml"},
                    new String[] {"Accept-Language", "xx;q=abc, *;q=2"}, new String[] {"If-None-Match", "\"unterminated"},
                    new String[] {"If-None-Match", "*"}, new String[] {"Accept-Language", "x".repeat(2_000)})) {
                if (!operation.takesBody()) {
                    check(operation, header[0] + ": " + abbreviated(header[1]), api.get(path, header[0], header[1]));
                }
            }
            for (String method : List.of("DELETE", "POST", "PATCH", "TRACE")) {
                if (!method.equals(operation.method())) {
                    Answer answer = api.send(method, path, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
                    check(operation, method, answer);
                    expect(operation, method, answer, 405);
                }
            }
        }
        System.out.printf("ApiHostileInputIT: %d operations, %d odd requests%n", operations.size(), tried);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(before, fingerprint(), "nothing was written");
    }

    /** Every resource method under the application's path, from the compiled classes of the module. */
    static List<Operation> operations() {
        List<Class<?>> classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.peermentor").stream().filter(type -> type.isAnnotatedWith(Path.class)
                        || type.isAnnotatedWith(ApplicationPath.class)).<Class<?>>map(type -> type.reflect()).toList();
        String root = classes.stream().filter(type -> type.isAnnotationPresent(ApplicationPath.class)).findFirst()
                .orElseThrow().getAnnotation(ApplicationPath.class).value().replaceAll("^/|/$", "");
        List<Operation> operations = new ArrayList<>();
        for (Class<?> resource : classes) {
            if (!resource.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method method : resource.getMethods()) {
                String verb = Stream.of(method.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                        .filter(java.util.Objects::nonNull).map(HttpMethod::value).findFirst().orElse(null);
                if (verb == null) {
                    continue;
                }
                String path = Stream.of(root, resource.getAnnotation(Path.class).value(),
                        method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "")
                        .map(part -> part.replaceAll("^/|/$", "")).filter(part -> !part.isEmpty())
                        .collect(Collectors.joining("/"));
                List<String> query = Stream.of(method.getParameters()).filter(p -> p.isAnnotationPresent(QueryParam.class))
                        .map(p -> p.getAnnotation(QueryParam.class).value()).toList();
                boolean takesBody = Stream.of(method.getParameters()).anyMatch(ApiHostileInputIT::isBody);
                operations.add(new Operation(verb, path, query, takesBody));
            }
        }
        return operations;
    }

    /** The entity parameter: the one without a JAX-RS annotation (path, query, header, context). */
    private static boolean isBody(Parameter parameter) {
        return Stream.of(parameter.getAnnotations())
                .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
    }

    /** A read as it is, or the operation's method with a harmless body where it takes one. */
    private Answer get(MatchingApiClient api, Operation operation, String path) {
        return operation.takesBody()
                ? api.send(operation.method(), path, "application/json", "{\"state\":\"NOT_A_STATE\"}".getBytes(StandardCharsets.UTF_8))
                : api.get(path);
    }

    /** No 5xx; a refusal is a problem with its status and no class name, an answer is JSON. */
    private void check(Operation operation, String attempt, Answer answer) {
        tried++;
        String what = operation.method() + " " + operation.path() + " with " + attempt + ": " + answer.status() + " "
                + abbreviated(answer.body());
        if (REFUSED_BY_THE_CONTAINER.contains(attempt) && answer.status() >= 400 && answer.status() < 500
                && answer.body().isEmpty()) {
            return;
        }
        if (answer.status() >= 500) {
            wrong.add(what);
        } else if (answer.status() >= 400 && !answer.contentType().equals("application/problem+json")) {
            wrong.add(what + " (not problem+json: " + answer.contentType() + ")");
        } else if (answer.status() >= 400 && answer.json().getInt("status", 0) != answer.status()) {
            wrong.add(what + " (the problem's status differs)");
        } else if (answer.status() == 200 && !answer.contentType().equals("application/json")) {
            wrong.add(what + " (not JSON: " + answer.contentType() + ")");
        }
        if (HostileInputIT.LEAK.matcher(answer.body()).find()) {
            wrong.add(what + " (leaks a class or exception name)");
        }
    }

    private void expect(Operation operation, String attempt, Answer answer, Integer... statuses) {
        if (!Set.of(statuses).contains(answer.status())) {
            wrong.add(operation.method() + " " + operation.path() + " with " + attempt + ": " + answer.status()
                    + ", expected one of " + List.of(statuses));
        }
    }

    private static String abbreviated(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() > 80 ? oneLine.substring(0, 80) + "…" : oneLine;
    }

    /** The tables as {@link DatabaseFingerprint} reads them; an API client's last use is written on purpose. */
    private String fingerprint() {
        return DatabaseFingerprint.read(app).stream()
                .map(line -> line.startsWith("api_client ") ? line.replaceAll(":.*", "") : line)
                .collect(Collectors.joining("\n"));
    }
}
