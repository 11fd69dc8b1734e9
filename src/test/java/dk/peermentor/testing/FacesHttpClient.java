package dk.peermentor.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One person's session with the Faces pages over plain {@code java.net.http}, for the measurements and
 * fault tests that need many of them at once or a server they did not deploy (the load harness, the
 * roll-call bench, the cluster's fault tests): own cookies, no automatic redirects, the login form,
 * form posts and PrimeFaces partial requests with the CSP nonce. {@link WebUser} is the same for the
 * ordinary integration tests.
 */
public final class FacesHttpClient {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final Duration timeout;

    public FacesHttpClient(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return get(uri, HttpResponse.BodyHandlers.ofString());
    }

    /** A GET whose body is read some other way: a download as a stream or bytes. */
    public <T> HttpResponse<T> get(URI uri, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).GET(), body);
    }

    /** Any request in this session (e.g. with headers of its own), with the client's time limit. */
    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        return http.send(request.timeout(timeout).build(), body);
    }

    /** A form post; {@code ajax} sends it as PrimeFaces sends a partial request. */
    public HttpResponse<String> post(URI uri, Map<String, String> fields, boolean ajax)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Opens the login form at {@code formFrom} and posts it to {@code postTo} (the same server, or
     * another instance of a cluster). Returns the answer to the post: a redirect when the login worked.
     */
    public HttpResponse<String> submitLogin(URI formFrom, URI postTo, String email, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> login = get(formFrom.resolve("login"));
        Document form = Jsoup.parse(login.body(), login.uri().toString());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:email", email);
        fields.put("login:password", password);
        fields.put("login:submit", "login:submit");
        fields.put("jakarta.faces.ViewState", form.select("input[name=jakarta.faces.ViewState]").val());
        nonceOf(login).ifPresent(n -> fields.put("primefaces.nonce", n));
        return post(postTo.resolve(form.getElementById("login").attr("action")), fields, false);
    }

    /** The value of a cookie this session holds (e.g. the session id), if any. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst();
    }

    /** The CSP nonce PrimeFaces expects back with each post of the page that carried it. */
    public static Optional<String> nonceOf(HttpResponse<String> response) {
        return response.headers().allValues("Content-Security-Policy").stream().map(NONCE::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).findFirst();
    }
}
