package dk.peermentor.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.peermentor.testing.Deployments;

/** An operator (or a load balancer) asks whether the module is alive and ready. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readyOnceTheDatabaseIsMigratedAndTheCurriculumIsLoaded() throws Exception {
        HttpResponse<String> ready = get("/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        String body = ready.body().replace(" ", "");
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("\"name\":\"database\""), body);
        assertTrue(body.contains("\"migrated\":\"true\""), body);
        assertTrue(body.contains("\"name\":\"curriculum\""), body);
        assertTrue(body.contains("\"units\":\"6\""), body);
    }

    @Test
    void liveAnswersToo() throws Exception {
        HttpResponse<String> live = get("/health/live");

        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().replace(" ", "").contains("\"status\":\"UP\""), live.body());
    }

    @Test
    void theHomePageIsServedInDanishByDefault() throws Exception {
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(app.toURI()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("lang=\"da\""), "lang attribute");
        assertTrue(home.body().contains("De seks undervisningsdage"), home.body());
    }

    @Test
    void anUnknownPageAnswers404WithAFriendlyPageAndNoStackTrace() throws Exception {
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(app.toURI().resolve("no-such-page")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Siden findes ikke"), missing.body());
        assertTrue(!missing.body().contains("Exception"), "no stack trace");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI health = URI.create(app.getProtocol() + "://" + app.getHost() + ":" + app.getPort() + path);
        return http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
    }
}
