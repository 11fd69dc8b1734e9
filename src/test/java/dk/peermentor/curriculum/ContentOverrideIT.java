package dk.peermentor.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.peermentor.testing.ContentCopy;
import dk.peermentor.testing.Deployments;

/**
 * A programme may replace the packed course content with a directory of its own.
 * {@link BrokenContentIT} shows what happens when a file in it is broken.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentOverrideIT {

    private static final Path ADAPTED = Path.of("target/it-content/adapted");

    @Deployment(testable = false)
    static WebArchive adapted() throws IOException {
        ContentCopy.of(ADAPTED);
        ContentCopy.replace(ADAPTED.resolve("course.da.md"), "title: ", "title: Fjordbys egen udgave af ");
        return Deployments.application("content-adapted",
                Map.of("peermentor.content.dir", ADAPTED.toAbsolutePath().toString()));
    }

    @ArquillianResource
    URL app;

    @Test
    void anExternalContentDirectoryReplacesThePackedOne() throws Exception {
        HttpResponse<String> home = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(app.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Fjordbys egen udgave af"), home.body());
    }
}
