package dk.peermentor.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.MatchingApiClient;
import dk.peermentor.testing.MatchingApiClient.Answer;
import dk.peermentor.testing.WebUser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * The contract: every answer the API gives to the calls below (success, 304 and each kind of
 * problem) has a status the served OpenAPI document names for the operation, and a body valid
 * against the schema it documents. The document is the one Payara serves at /openapi.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MatchingApiContractIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @Test
    void everyAnswerIsDocumentedAndMatchesItsSchema() throws IOException, InterruptedException {
        String document = servedDocument();
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                // The document's paths start with /api/v1; its server is the application's context root.
                .withBasePathOverride(URI.create(app.toString()).getPath().replaceAll("/$", ""))
                .build();
        MatchingApiClient writer = MatchingApiClient.demo(app);
        MatchingApiClient reader = MatchingApiClient.created(app,
                WebUser.loggedIn(app, "coordinator@demo.example", "peer-demo-2026"), "Contract reader", false);
        MatchingApiClient nobody = new MatchingApiClient(app, null);

        List<Answer> answers = new ArrayList<>();
        Answer list = writer.get("api/v1/eligible-mentors?limit=2");
        answers.add(list);
        answers.add(writer.get("api/v1/eligible-mentors?limit=2", "If-None-Match", list.etag()));
        String mentor = list.json().getJsonArray("items").getJsonObject(0).getString("id");
        answers.add(writer.get("api/v1/eligible-mentors/" + mentor));
        answers.add(writer.get("api/v1/eligible-mentors?language=dansk&activityKind=SPORT&frequency=WEEKLY&day=TUESDAY"));
        answers.add(writer.get("api/v1/eligibility-events?after=0&limit=5"));
        answers.add(writer.reportMatchState(mentor, "MATCHED"));
        answers.add(writer.get("api/v1/eligible-mentors?limit=999"));
        answers.add(writer.put("api/v1/eligible-mentors/" + mentor + "/match-status", "application/json", "{\"state\":"));
        answers.add(writer.put("api/v1/eligible-mentors/" + mentor + "/match-status", "application/json", "{}"));
        answers.add(writer.put("api/v1/eligible-mentors/" + mentor + "/match-status", "text/plain", "MATCHED"));
        answers.add(nobody.get("api/v1/eligible-mentors"));
        answers.add(nobody.get("api/v1/eligibility-events"));
        answers.add(reader.reportMatchState(mentor, "ENDED"));
        answers.add(writer.get("api/v1/eligible-mentors/no-such-mentor"));

        List<String> wrong = new ArrayList<>();
        Set<Integer> statuses = new TreeSet<>();
        for (Answer answer : answers) {
            statuses.add(answer.status());
            ValidationReport report = validator.validateResponse(answer.uri().getPath(),
                    Request.Method.valueOf(answer.method()), responseOf(answer));
            if (report.hasErrors()) {
                wrong.add(answer.method() + " " + answer.uri() + " → " + answer.status() + " " + answer.body() + "\n   "
                        + report.getMessages());
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\nThe document: target/openapi-served.json");
        assertEquals(Set.of(200, 304, 400, 401, 403, 404, 415), statuses);
    }

    private static SimpleResponse responseOf(Answer answer) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status());
        answer.headers().map().forEach((name, values) -> response.withHeader(name, values));
        if (!answer.body().isEmpty()) {
            response.withBody(answer.body());
        }
        return response.build();
    }

    /** Payara Micro serves the document at the server's root, whatever the application's context root. */
    private String servedDocument() throws IOException, InterruptedException {
        URI openapi = URI.create(app.toString()).resolve("/openapi");
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(openapi).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), openapi + ": " + response.body());
        Files.writeString(Files.createDirectories(Path.of("target")).resolve("openapi-served.json"), response.body());
        // Payara adds a top-level "endpoints" (context root → paths) that OpenAPI 3.0 does not define;
        // the validator refuses unknown top-level members, so it is dropped before validating.
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject document = reader.readObject();
            assertTrue(document.containsKey("paths") && document.containsKey("components"), response.body());
            return Json.createObjectBuilder(document).remove("endpoints").build().toString();
        }
    }
}
