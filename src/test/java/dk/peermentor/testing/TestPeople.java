package dk.peermentor.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import dk.peermentor.identity.Role;
import dk.peermentor.platform.Language;

/**
 * The test-data builder for people: each call makes a new person with an account of their own
 * (through {@link TestPeopleServlet} in the shared deployment), so a test that changes a password,
 * a role or a name changes nobody another test logs in as. The demo's people ({@link Demo}) are
 * shared by every test and only read.
 */
public final class TestPeople {

    /** The password of every person made here (not the demo's, so a test cannot mix them up). */
    public static final String PASSWORD = "en lang testsætning til prøver";

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private TestPeople() {
    }

    /** A person with an account: who they are, and how they log in. */
    public record TestPerson(String givenName, String familyName, String email, URL application) {

        public WebUser logIn() {
            return WebUser.loggedIn(application, email, PASSWORD);
        }

        public String fullName() {
            return givenName + " " + familyName;
        }
    }

    /** A new person with {@code roles}, Danish-speaking, named "Prøve Person N". */
    public static TestPerson create(URL application, Role... roles) {
        return create(application, Language.DA, roles);
    }

    public static TestPerson create(URL application, Language language, Role... roles) {
        int number = NUMBER.incrementAndGet();
        // Unique across test runs too: a PostgreSQL database or H2 file may outlive one run.
        String email = "proeve-" + number + "-" + Long.toString(System.nanoTime(), 36) + "@test.example";
        String given = "Prøve";
        String family = "Person " + number;
        post(application, Map.of("roles", Arrays.stream(roles).map(Role::name).collect(Collectors.joining(",")),
                "email", email, "given", given, "family", family, "language", language.name()));
        return new TestPerson(given, family, email, application);
    }

    private static void post(URL application, Map<String, String> values) {
        String form = values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(application.toURI().resolve("test-only/people"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Could not create a test person: " + answer.statusCode() + " " + answer.body());
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Could not create a test person", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
