package dk.peermentor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One visitor of the application over plain HTTP, with their own cookies: what a hand-made request
 * can do, without a browser. Fills and posts the pages' forms like a browser would (including the
 * nonce PrimeFaces' script adds), and never follows redirects on its own, so tests see them.
 */
public final class WebUser {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public WebUser(URL application) {
        String url = application.toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        // HTTP/1.1 as a browser speaks it over plain http (browsers never upgrade to h2c); the JDK's
        // h2c upgrade loses the answer when the server refuses a large body early.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A visitor already logged in, landed on their start page. */
    public static WebUser loggedIn(URL application, String email, String password) {
        WebUser user = new WebUser(application);
        Page landed = user.follow(user.login(email, password));
        if (landed.status() != 200 || landed.uri().getPath().endsWith("/login")) {
            throw new AssertionError("login of " + email + " failed: " + landed.status() + " " + landed.uri());
        }
        return user;
    }

    /** Opens the login page and submits it. Returns the answer to the post (a redirect on success). */
    public Page login(String email, String password) {
        return submit(get("login"), "login", Map.of("login:email", email, "login:password", password), "login:submit");
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    /** Fetches a binary download (a workbook, a PDF) as bytes. */
    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A binary answer. */
    public record Download(int status, byte[] body, HttpHeaders headers) {
    }

    /** Opens a link of {@code page}, as a click would. */
    public Page click(Page page, String href) {
        return send(HttpRequest.newBuilder(page.uri().resolve(href)).GET());
    }

    /** Follows redirects from {@code page} until a page answers. */
    public Page follow(Page page) {
        Page current = page;
        for (int hops = 0; current.isRedirect() && hops < 5; hops++) {
            current = send(HttpRequest.newBuilder(current.uri().resolve(current.location().orElseThrow())).GET());
        }
        return current;
    }

    public Page getFollowing(String path) {
        return follow(get(path));
    }

    /** Posts a multipart form with one file, as a browser does for {@code <input type="file">}. */
    public Page upload(Page page, String formId, String fileField, String fileName, byte[] content, String button) {
        Map<String, String> values = formValues(page, formId, Map.of(), button);
        String boundary = "----peermentor" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> value : values.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + value.getKey()
                    + "\"\r\n\r\n" + value.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Element form = page.document().getElementById(formId);
        return send(HttpRequest.newBuilder(page.uri().resolve(form.attr("action")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /**
     * Posts the form {@code formId} of {@code page} with its current values, {@code fields} changed,
     * pressing the button {@code button}.
     */
    public Page submit(Page page, String formId, Map<String, String> fields, String button) {
        Map<String, String> values = formValues(page, formId, fields, button);
        return post(page.uri().resolve(page.document().getElementById(formId).attr("action")), values);
    }

    private Map<String, String> formValues(Page page, String formId, Map<String, String> fields, String button) {
        Element form = page.document().getElementById(formId);
        if (form == null) {
            throw new AssertionError("no form " + formId + " on " + page.uri() + ":\n" + page.body());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String type = input.attr("type");
            if (type.equals("submit") || type.equals("button") || type.equals("file")
                    || (type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            if (input.tagName().equals("select")) {
                Element selected = input.selectFirst("option[selected]");
                values.put(input.attr("name"), selected != null ? selected.attr("value") : "");
            } else {
                values.put(input.attr("name"), input.attr("value"));
            }
        }
        values.putAll(fields);
        if (button != null) {
            values.put(button, "pressed");
        }
        page.nonce().ifPresent(nonce -> values.putIfAbsent("primefaces.nonce", nonce));
        return values;
    }

    /** Posts raw form fields, as a forged cross-site form would. */
    public Page post(URI target, Map<String, String> values) {
        return send(formPost(target, values));
    }

    /** Posts form fields as the Faces script does for an ajax request (the answer is a partial response). */
    public Page postAjax(URI target, Map<String, String> values) {
        return send(formPost(target, values).header("Faces-Request", "partial/ajax"));
    }

    private static HttpRequest.Builder formPost(URI target, Map<String, String> values) {
        String body = values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(target).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Posts a body of any type, as a script or a confused client would. */
    public Page postRaw(URI target, String contentType, String body) {
        return send(HttpRequest.newBuilder(target).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** The current session cookie's value, if any. */
    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Replaces the session cookie, as an attacker who fixed or stole an id would. */
    public void useSessionId(String id) {
        cookies.getCookieStore().removeAll();
        HttpCookie cookie = new HttpCookie("JSESSIONID", id);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response.headers(), built.uri());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One answer of the application. */
    public record Page(int status, String body, HttpHeaders headers, URI uri) {

        public Document document() {
            return Jsoup.parse(body, uri.toString());
        }

        public boolean isRedirect() {
            return status >= 300 && status < 400;
        }

        public Optional<String> location() {
            return headers.firstValue("Location");
        }

        /** The nonce of PrimeFaces' script policy, which its script sends back with every form. */
        public Optional<String> nonce() {
            return headers.allValues("Content-Security-Policy").stream().map(NONCE::matcher)
                    .filter(Matcher::find).map(m -> m.group(1)).findFirst();
        }

        /** The texts of the page's messages (after an action). */
        public String messages() {
            return document().select(".app-messages li, .app-messages p, .field-error").eachText()
                    .stream().collect(Collectors.joining(" | "));
        }

        public String text() {
            return document().body() == null ? "" : document().body().text();
        }
    }
}
