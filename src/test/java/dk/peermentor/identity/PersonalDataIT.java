package dk.peermentor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.WebUser;
import dk.peermentor.testing.WebUser.Page;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * GDPR over the real pages: a coordinator exports everything about a person and erases a person;
 * both land in the audit log; an erased person cannot log in and their name is gone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @Test
    void theExportHoldsThePersonTheirEnrolmentAndEveryMarkAndIsAudited() {
        WebUser coordinator = coordinator();
        String personId = find(coordinator, "trainee@demo.example");
        Page download = coordinator.get("coordinator/person-data?person=" + personId);
        assertEquals(200, download.status());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        JsonObject export = Json.createReader(new StringReader(download.body())).readObject();
        assertEquals("Sofie", export.getJsonObject("person").getString("givenName"));
        assertEquals("trainee@demo.example", export.getJsonObject("person").getString("email"));
        assertEquals("[\"TRAINEE\"]", export.getJsonObject("account").getJsonArray("roles").toString());
        JsonObject enrolment = export.getJsonArray("enrolments").getJsonObject(0);
        assertEquals("ENROLLED", enrolment.getString("status"));
        assertFalse(enrolment.getJsonArray("attendance").isEmpty(), "the days held so far are in the export");
        assertFalse(download.body().contains("passwordHash") || download.body().contains("PBKDF2"),
                "the password hash is never exported");

        Page audit = coordinator.submit(coordinator.get("coordinator/audit"), "audit",
                Map.of("audit:action", "PERSONAL_DATA_EXPORTED"), "audit:search");
        assertTrue(audit.text().contains("Person #" + personId), audit.text());
    }

    @Test
    void erasureRemovesNameAndContactDataStopsTheLoginAndKeepsTheRows() {
        WebUser coordinator = coordinator();
        String email = "bo.lindholm@demo.example";
        WebUser.loggedIn(app, email, AccessMatrixIT.PASSWORD);
        String personId = find(coordinator, email);

        Page people = coordinator.submit(coordinator.get("coordinator/people"), "search",
                Map.of("search:query", email), "search:find");
        Page asked = coordinator.submit(people, "found", Map.of(),
                people.document().select("input[name$=:erase]").first().attr("name"));
        Page withoutReason = coordinator.submit(asked, "erase", Map.of("erase:reason", ""), "erase:confirm");
        assertFalse(withoutReason.messages().isEmpty(), "a reason is required");
        assertEquals(200, coordinator.get("coordinator/person-data?person=" + personId).status());
        assertTrue(coordinator.get("coordinator/person-data?person=" + personId).body().contains(email),
                "nothing was erased without a reason");

        Page erased = coordinator.submit(asked, "erase", Map.of("erase:reason", "Bad selv om sletning"), "erase:confirm");
        assertTrue(erased.messages().contains("slettet"), erased.messages());

        JsonObject after = Json.createReader(new StringReader(
                coordinator.get("coordinator/person-data?person=" + personId).body())).readObject();
        JsonObject person = after.getJsonObject("person");
        assertEquals("-", person.getString("givenName"));
        assertFalse(person.containsKey("phone"));
        assertFalse(person.containsKey("dateOfBirth"));
        assertTrue(person.containsKey("erasedAt"));
        assertFalse(after.toString().contains("Lindholm"));
        assertEquals(1, after.getJsonArray("enrolments").size(), "the enrolment row stays, without a name");
        assertFalse(after.getJsonObject("account").getBoolean("active"));

        assertEquals(200, new WebUser(app).login(email, AccessMatrixIT.PASSWORD).status(), "no login after erasure");
        Page audit = coordinator.submit(coordinator.get("coordinator/audit"), "audit",
                Map.of("audit:action", "PERSON_ERASED"), "audit:search");
        assertTrue(audit.text().contains("Bad selv om sletning"), audit.text());
    }

    private WebUser coordinator() {
        return WebUser.loggedIn(app, "coordinator@demo.example", AccessMatrixIT.PASSWORD);
    }

    private static String find(WebUser coordinator, String email) {
        Page found = coordinator.submit(coordinator.get("coordinator/people"), "search",
                Map.of("search:query", email), "search:find");
        return found.document().select("a[href*=person-data]").first().attr("href").replaceAll(".*person=", "");
    }
}
