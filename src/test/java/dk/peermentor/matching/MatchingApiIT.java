package dk.peermentor.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import dk.peermentor.identity.ApiScopes;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.MatchingApiClient;
import dk.peermentor.testing.TestIdentityProvider;
import dk.peermentor.testing.MatchingApiClient.Answer;
import dk.peermentor.testing.WebUser;
import dk.peermentor.testing.WebUser.Page;

import jakarta.json.JsonObject;

/**
 * The matching API as a client meets it: tokens a coordinator creates and revokes, JWTs of an
 * identity provider, scopes, problem answers, ETags and cursor paging, against the demo programme.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MatchingApiIT {

    static final String ISSUER = TestIdentityProvider.ISSUER;
    static final KeyPair IDP_KEY = TestIdentityProvider.KEY;
    static final KeyPair OTHER_KEY = TestIdentityProvider.rsaKey();

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    private WebUser coordinator() {
        return WebUser.loggedIn(app, "coordinator@demo.example", "peer-demo-2026");
    }

    @Test
    void aCallWithoutATokenIsRefusedWith401ProblemAndNoSession() {
        Answer answer = new MatchingApiClient(app, null).get("api/v1/eligible-mentors");

        assertProblem(answer, 401);
        assertTrue(answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), answer.headers().map().toString());
        assertTrue(answer.headers().firstValue("Set-Cookie").isEmpty(), "an API call must not start a session");
        assertFalse(answer.headers().firstValue("Location").isPresent(), "never a redirect to the login page");
    }

    @Test
    void anUnknownTokenAndAnotherSchemeAreRefused() {
        assertProblem(new MatchingApiClient(app, "not-a-token").get("api/v1/eligibility-events"), 401);
        assertProblem(new MatchingApiClient(app, null).get("api/v1/eligibility-events",
                "Authorization", "Basic Y29vcmRpbmF0b3I6cGVlci1kZW1vLTIwMjY="), 401);
    }

    @Test
    void aCoordinatorSeesTheNewTokenOnceAndTheClientInTheList() {
        WebUser coordinator = coordinator();
        String token = MatchingApiClient.createToken(coordinator, "Matching, once", false);

        Page again = coordinator.get("coordinator/api-clients");
        assertFalse(again.body().contains(token), "the token is shown once only");
        assertTrue(again.document().select(".client-name").eachText().contains("Matching, once"), again.text());
        assertEquals(200, new MatchingApiClient(app, token).get("api/v1/eligibility-events").status());
    }

    @Test
    void aClientWithoutANameIsRefusedOnThePage() {
        WebUser coordinator = coordinator();
        Page refused = coordinator.submit(coordinator.get("coordinator/api-clients"), "create",
                Map.of("create:name", "   ", "create:access", "false"), "create:submit");
        assertTrue(refused.document().select("#issued-token").isEmpty());
        assertFalse(refused.messages().isEmpty(), "the page says why: " + refused.text());
    }

    @Test
    void aReadOnlyClientReadsButMayNotReportAMatch() {
        MatchingApiClient readOnly = MatchingApiClient.created(app, coordinator(), "Read only", false);
        String mentor = firstMentorId(readOnly);

        Answer refused = readOnly.reportMatchState(mentor, "MATCHED");

        assertProblem(refused, 403);
        assertEquals(200, readOnly.get("api/v1/eligible-mentors/" + mentor).status());
    }

    @Test
    void aRevokedTokenIsRefusedFromTheNextCallOn() {
        WebUser coordinator = coordinator();
        MatchingApiClient client = MatchingApiClient.created(app, coordinator, "To be revoked", true);
        assertEquals(200, client.get("api/v1/eligibility-events").status());

        Page list = coordinator.get("coordinator/api-clients");
        String button = list.document().selectFirst("input[aria-label$=To be revoked]").attr("name");
        Page revoked = coordinator.submit(list, "clients", Map.of(), button);
        assertEquals(200, revoked.status());

        assertProblem(client.get("api/v1/eligibility-events"), 401);
        assertTrue(coordinator.get("coordinator/audit").text().contains("To be revoked"), "revocation is audited");
    }

    @Test
    void aJwtOfTheConfiguredIssuerSignedWithItsKeyIsAccepted() throws JOSEException {
        String good = jwt(IDP_KEY, ISSUER, Instant.now().plus(5, ChronoUnit.MINUTES), List.of(ApiScopes.READ));

        assertEquals(200, new MatchingApiClient(app, good).get("api/v1/eligibility-events").status());
    }

    @Test
    void aJwtWithAnotherSignatureIssuerExpiryOrNoScopeIsRefused() throws JOSEException {
        Instant later = Instant.now().plus(5, ChronoUnit.MINUTES);
        Map<String, String> refused = Map.of(
                "other key", jwt(OTHER_KEY, ISSUER, later, List.of(ApiScopes.READ)),
                "other issuer", jwt(IDP_KEY, "https://evil.example/", later, List.of(ApiScopes.READ)),
                "expired", jwt(IDP_KEY, ISSUER, Instant.now().minus(5, ChronoUnit.MINUTES), List.of(ApiScopes.READ)),
                "no scope", jwt(IDP_KEY, ISSUER, later, List.of("SOMETHING_ELSE")));
        refused.forEach((why, token) -> assertEquals(401,
                new MatchingApiClient(app, token).get("api/v1/eligibility-events").status(), why));
    }

    @Test
    void aJwtWithTheReadScopeOnlyMayNotWrite() throws JOSEException {
        String reader = jwt(IDP_KEY, ISSUER, Instant.now().plus(5, ChronoUnit.MINUTES), List.of(ApiScopes.READ));
        MatchingApiClient client = new MatchingApiClient(app, reader);

        assertProblem(client.reportMatchState(firstMentorId(client), "MATCHED"), 403);
    }

    @Test
    void badParametersAndBodiesAre400ProblemsNamingTheField() {
        MatchingApiClient api = MatchingApiClient.demo(app);

        Answer limit = api.get("api/v1/eligible-mentors?limit=999");
        assertProblem(limit, 400);
        assertTrue(limit.json().getJsonObject("fields").containsKey("limit"), limit.body());
        Answer kind = api.get("api/v1/eligible-mentors?activityKind=DIVING");
        assertProblem(kind, 400);
        assertTrue(kind.json().getJsonObject("fields").containsKey("activityKind"), kind.body());
        assertProblem(api.get("api/v1/eligibility-events?after=-1"), 400);
        assertProblem(api.get("api/v1/eligible-mentors?cursor=not-a-cursor"), 400);

        String mentor = firstMentorId(api);
        String path = "api/v1/eligible-mentors/" + mentor + "/match-status";
        assertProblem(api.put(path, "application/json", "{\"state\":"), 400);
        assertProblem(api.put(path, "application/json", "{\"state\":\"DIVORCED\"}"), 400);
        Answer missing = api.put(path, "application/json", "{}");
        assertProblem(missing, 400);
        assertTrue(missing.json().getJsonObject("fields").containsKey("state"), missing.body());
        assertProblem(api.put(path, "text/plain", "MATCHED"), 415);
    }

    @Test
    void problemsSpeakTheClientsLanguage() {
        MatchingApiClient api = MatchingApiClient.demo(app);
        Answer english = api.get("api/v1/eligible-mentors/unknown", "Accept-Language", "en");
        Answer danish = api.get("api/v1/eligible-mentors/unknown", "Accept-Language", "da");

        assertProblem(english, 404);
        assertProblem(danish, 404);
        assertEquals("Not found", english.json().getString("title"));
        assertEquals("Ikke fundet", danish.json().getString("title"));
        assertEquals(english.json().getString("type"), danish.json().getString("type"));
    }

    @Test
    void theSamePageGives304AndAChangeGivesANewTag() {
        MatchingApiClient api = MatchingApiClient.demo(app);
        Answer first = api.get("api/v1/eligible-mentors");
        assertEquals(200, first.status());
        assertNotNull(first.etag());
        assertTrue(first.etag().startsWith("\""), "a strong ETag: " + first.etag());
        String cacheControl = first.headers().firstValue("Cache-Control").orElse("");
        assertTrue(cacheControl.contains("private") && cacheControl.contains("no-cache"), cacheControl);

        Answer unchanged = api.get("api/v1/eligible-mentors", "If-None-Match", first.etag());
        assertEquals(304, unchanged.status());
        assertTrue(unchanged.body().isEmpty());

        String mentor = first.json().getJsonArray("items").getJsonObject(0).getString("id");
        Answer one = api.get("api/v1/eligible-mentors/" + mentor);
        assertEquals(304, api.get("api/v1/eligible-mentors/" + mentor, "If-None-Match", one.etag()).status());
        Answer reported = api.reportMatchState(mentor, "MATCHED");
        assertEquals(200, reported.status(), reported.body());
        assertEquals("MATCHED", reported.json().getString("matchState"));
        assertTrue(coordinator().get("coordinator/audit").text().contains("Demo-matching"),
                "the audit log names the client that reported");

        Answer changed = api.get("api/v1/eligible-mentors", "If-None-Match", first.etag());
        assertEquals(200, changed.status());
        assertNotEquals(first.etag(), changed.etag());
        assertEquals(200, api.get("api/v1/eligible-mentors/" + mentor, "If-None-Match", one.etag()).status());
    }

    @Test
    void followingTheCursorReturnsEachMentorOnce() {
        MatchingApiClient api = MatchingApiClient.demo(app);
        List<String> all = ids(api.allEligibleMentors("limit=200"));
        assertTrue(all.size() > 2, "the demo needs more than two eligible mentors for this test: " + all);

        List<String> paged = ids(api.allEligibleMentors("limit=2"));

        assertEquals(all, paged);
        assertEquals(new HashSet<>(paged).size(), paged.size(), "no mentor twice");
    }

    @Test
    void theFeedContinuesFromTheLastPositionWithoutRepeats() {
        MatchingApiClient api = MatchingApiClient.demo(app);
        Answer start = api.get("api/v1/eligibility-events?after=0&limit=2");
        assertEquals(200, start.status(), start.body());
        long after = start.json().getJsonNumber("after").longValue();
        Answer next = api.get(start.json().getString("next"));
        assertEquals(200, next.status());
        Set<Long> seen = positions(start);
        positions(next).forEach(position -> {
            assertTrue(position > after, "continues after " + after + ": " + position);
            assertTrue(seen.add(position), "repeated " + position);
        });
    }

    static void assertProblem(Answer answer, int status) {
        assertEquals(status, answer.status(), answer.method() + " " + answer.uri() + ": " + answer.body());
        assertEquals("application/problem+json", answer.contentType(), answer.uri() + ": " + answer.body());
        JsonObject problem = answer.json();
        assertEquals(status, problem.getInt("status"));
        for (String member : List.of("type", "title", "detail", "instance")) {
            assertFalse(problem.getString(member, "").isBlank(), member + " in " + answer.body());
        }
        assertFalse(answer.body().contains("Exception"), "no exception text: " + answer.body());
    }

    static String firstMentorId(MatchingApiClient api) {
        Answer page = api.get("api/v1/eligible-mentors?limit=1");
        assertEquals(200, page.status(), page.body());
        return page.json().getJsonArray("items").getJsonObject(0).getString("id");
    }

    private static List<String> ids(List<JsonObject> mentors) {
        return mentors.stream().map(m -> m.getString("id")).collect(Collectors.toList());
    }

    private static Set<Long> positions(Answer answer) {
        return answer.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonNumber("position").longValue()).collect(Collectors.toCollection(HashSet::new));
    }

    static String jwt(KeyPair key, String issuer, Instant expires, List<String> groups) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("matching-service")
                .claim("upn", "matching-service@fjordby.example").claim("groups", groups)
                .issueTime(Date.from(Instant.now().minusSeconds(60))).expirationTime(Date.from(expires)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
        return jwt.serialize();
    }

}
