package dk.peermentor.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.peermentor.testing.WebUser.Page;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * A curl-like client of the matching API, as the matching module would use it: a bearer token
 * (created through the coordinators' page, or the demo's published one) on every call, nothing else.
 * <pre>
 * MatchingApiClient api = MatchingApiClient.demo(app);
 * List&lt;JsonObject&gt; mentors = api.allEligibleMentors("activityKind=SPORT");
 * </pre>
 */
public final class MatchingApiClient {

    /** The token of the demo's read-write client (docs/api.md). */
    public static final String DEMO_TOKEN = "demo-matching-token-2026";

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public MatchingApiClient(URL application, String token) {
        String url = application.toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.token = token;
    }

    /** The demo's client; the deployment needs {@code peermentor.demo=true}. */
    public static MatchingApiClient demo(URL application) {
        return new MatchingApiClient(application, DEMO_TOKEN);
    }

    /** Creates a client on /coordinator/api-clients as the logged-in {@code coordinator}, and uses its token. */
    public static MatchingApiClient created(URL application, WebUser coordinator, String name, boolean mayWrite) {
        return new MatchingApiClient(application, createToken(coordinator, name, mayWrite));
    }

    /** Creates a client through the page and returns the token the page shows once. */
    public static String createToken(WebUser coordinator, String name, boolean mayWrite) {
        Page created = coordinator.submit(coordinator.get("coordinator/api-clients"), "create",
                Map.of("create:name", name, "create:access", String.valueOf(mayWrite)), "create:submit");
        var shown = created.document().selectFirst("#issued-token code");
        if (created.status() != 200 || shown == null) {
            throw new AssertionError("no token shown after creating " + name + ": " + created.status() + " " + created.text());
        }
        return shown.text();
    }

    public String token() {
        return token;
    }

    /** {@code pathAndQuery} relative to the application, or a link of an answer (under the public address). */
    public Answer get(String pathAndQuery, String... headers) {
        return send(request(local(pathAndQuery), headers).GET(), null);
    }

    /** A link the API gave (under {@code peermentor.public-url}) as a path of the application under test. */
    static String local(String link) {
        int api = link.indexOf("api/v1/");
        return link.startsWith("http") && api >= 0 ? link.substring(api) : link;
    }

    public Answer put(String pathAndQuery, String contentType, String body, String... headers) {
        return send(request(pathAndQuery, headers).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)), body);
    }

    /** Any method, with a body when {@code body} is not null, as an odd client would send it. */
    public Answer send(String method, String pathAndQuery, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = request(pathAndQuery, headers);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return send(request, body == null ? null : new String(body, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Reports a match state as JSON. */
    public Answer reportMatchState(String mentorId, String state) {
        return put("api/v1/eligible-mentors/" + mentorId + "/match-status", "application/json",
                "{\"state\":\"" + state + "\"}");
    }

    /** Every eligible mentor matching {@code query} (e.g. "language=dansk&limit=2"), following the pages' next links. */
    public List<JsonObject> allEligibleMentors(String query) {
        List<JsonObject> all = new ArrayList<>();
        String next = "api/v1/eligible-mentors" + (query.isEmpty() ? "" : "?" + query);
        for (int pages = 0; next != null; pages++) {
            if (pages > 1000) {
                throw new AssertionError("the next links do not end");
            }
            Answer page = get(next);
            if (page.status() != 200) {
                throw new AssertionError("GET " + next + ": " + page.status() + " " + page.body());
            }
            page.json().getJsonArray("items").getValuesAs(JsonObject.class).forEach(all::add);
            next = page.json().containsKey("next") ? page.json().getString("next") : null;
        }
        return all;
    }

    private HttpRequest.Builder request(String pathAndQuery, String... headers) {
        URI target = pathAndQuery.startsWith("http") ? URI.create(pathAndQuery)
                : base.resolve(pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery);
        HttpRequest.Builder builder = HttpRequest.newBuilder(target).header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        return builder;
    }

    // The request body is kept with the answer for the contract test, which checks both.
    private Answer send(HttpRequest.Builder request, String body) {
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            return new Answer(built.method(), built.uri(), built.headers(), body,
                    response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One answer of the API, with the request it answers. */
    public record Answer(String method, URI uri, HttpHeaders requestHeaders, String requestBody, int status, String body,
            HttpHeaders headers) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("").split(";")[0].strip();
        }

        public String etag() {
            return headers.firstValue("ETag").orElse(null);
        }
    }
}
