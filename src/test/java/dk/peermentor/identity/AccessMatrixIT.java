package dk.peermentor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.peermentor.testing.Demo;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.WebUser;
import dk.peermentor.testing.WebUser.Page;

import jakarta.servlet.annotation.WebServlet;

/**
 * Every page and download, asked for anonymously, as each role, and as someone of the right role who
 * does not own the record. The expected answer of each is written down here; a page or download
 * that is not in the matrix fails {@link #everyPageAndDownloadIsInTheMatrix()}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    static final String PASSWORD = "peer-demo-2026";

    /** Who asks. */
    enum Visitor {
        ANONYMOUS(null),
        COORDINATOR("coordinator@demo.example"),
        TRAINER("trainer@demo.example"),
        OTHER_TRAINER("leila.haddad@demo.example"),
        TRAINEE("trainee@demo.example"),
        OTHER_TRAINEE("astrid.skovgaard@demo.example");

        final String email;

        Visitor(String email) {
            this.email = email;
        }
    }

    /** What they get. */
    enum Answer {
        PAGE(200), LOGIN(302), UNAUTHORIZED(401), FORBIDDEN(403), NOT_FOUND(404);

        final int status;

        Answer(int status) {
            this.status = status;
        }
    }

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    private final Map<Visitor, WebUser> visitors = new LinkedHashMap<>();
    private String runningCohort;
    private String traineePerson;
    private String runningDay;

    @BeforeEach
    void logInEveryone() {
        for (Visitor visitor : Visitor.values()) {
            visitors.put(visitor, visitor.email == null ? new WebUser(app) : WebUser.loggedIn(app, visitor.email, PASSWORD));
        }
        // The records the matrix asks for, found the way a user finds them: through the pages.
        runningCohort = visitors.get(Visitor.TRAINER).get("trainer/").document()
                .select("a[href*=cohort?id=]:contains(" + Demo.runningCohort() + ")").first().attr("href").replaceAll(".*id=", "");
        runningDay = visitors.get(Visitor.TRAINER).get("trainer/cohort?id=" + runningCohort).document()
                .select("a[href*=roll-call?day=]").first().attr("href").replaceAll(".*day=", "");
        Page found = visitors.get(Visitor.COORDINATOR).submit(visitors.get(Visitor.COORDINATOR).get("coordinator/people"),
                "search", Map.of("search:query", "trainee@demo.example"), "search:find");
        traineePerson = found.document().select("a[href*=person-data]").first().attr("href").replaceAll(".*person=", "");
    }

    /** The matrix: path, then the answer for each visitor in the order of {@link Visitor}. */
    private Map<String, List<Answer>> matrix() {
        Map<String, List<Answer>> rows = new LinkedHashMap<>();
        Answer p = Answer.PAGE;
        Answer l = Answer.LOGIN;
        Answer f = Answer.FORBIDDEN;
        Answer n = Answer.NOT_FOUND;
        //                                                    anon coord trainer other-tr trainee other-te
        rows.put("/", List.of(p, p, p, p, p, p));
        rows.put("/login", List.of(p, p, p, p, p, p));
        rows.put("/forgot-password", List.of(p, p, p, p, p, p));
        rows.put("/setup", List.of(p, p, p, p, p, p));
        rows.put("/invitation", List.of(p, p, p, p, p, p));
        rows.put("/reset-password", List.of(p, p, p, p, p, p));
        rows.put("/errors/not-found", List.of(n, n, n, n, n, n));
        rows.put("/profile", List.of(l, p, p, p, p, p));
        rows.put("/profile/my-data", List.of(l, p, p, p, p, p));
        rows.put("/coordinator/", List.of(l, p, f, f, f, f));
        rows.put("/coordinator/users", List.of(l, p, f, f, f, f));
        rows.put("/coordinator/audit", List.of(l, p, f, f, f, f));
        rows.put("/coordinator/people", List.of(l, p, f, f, f, f));
        rows.put("/coordinator/cohorts", List.of(l, p, f, f, f, f));
        rows.put("/coordinator/handouts", List.of(l, p, f, f, f, f));
        rows.put("/coordinator/cohort?id=" + runningCohort, List.of(l, p, f, f, f, f));
        rows.put("/coordinator/cohort?id=999999", List.of(l, n, f, f, f, f));
        rows.put("/calendar/cohort?id=" + runningCohort, List.of(l, p, p, f, p, f));
        rows.put("/calendar/cohort?id=999999", List.of(l, n, n, n, n, n));
        rows.put("/feeds/not-found", List.of(n, n, n, n, n, n));
        rows.put("/exports/cohorts.csv", List.of(l, p, f, f, f, f));
        rows.put("/exports/cohorts.xlsx", List.of(l, p, f, f, f, f));
        rows.put("/exports/attendance.csv?cohort=" + runningCohort, List.of(l, p, p, f, f, f));
        rows.put("/exports/attendance.xlsx?cohort=" + runningCohort, List.of(l, p, p, f, f, f));
        rows.put("/exports/not-found", List.of(l, n, n, n, n, n));
        rows.put("/coordinator/person-data?person=" + traineePerson, List.of(l, p, f, f, f, f));
        rows.put("/coordinator/person-data?person=999999", List.of(l, n, f, f, f, f));
        rows.put("/trainer/", List.of(l, f, p, p, f, f));
        rows.put("/trainer/cohort?id=" + runningCohort, List.of(l, f, p, f, f, f));
        rows.put("/trainer/cohort?id=999999", List.of(l, f, n, n, f, f));
        rows.put("/trainer/roll-call?day=" + runningDay, List.of(l, f, p, f, f, f));
        rows.put("/trainer/roll-call?day=999999", List.of(l, f, n, n, f, f));
        rows.put("/trainer/roll-call?day=not-a-number", List.of(l, f, n, n, f, f));
        rows.put("/trainer/cohort?id=not-a-number", List.of(l, f, n, n, f, f));
        rows.put("/trainee/", List.of(l, f, f, f, p, p));
        // Materials: trainees of a cohort that teaches the unit; the images are public like the unit titles.
        rows.put("/trainee/unit?unit=recovery", List.of(l, f, f, f, p, p));
        rows.put("/trainee/unit?unit=no-such-unit", List.of(l, f, f, f, n, n));
        rows.put("/trainee/unit.pdf?unit=recovery", List.of(l, f, f, f, p, p));
        rows.put("/trainee/unit.pdf?unit=peer-support-in-practice", List.of(l, f, f, f, f, p));
        rows.put("/trainee/course.pdf", List.of(l, f, f, f, f, p));
        rows.put("/materials/images/chime.svg", List.of(p, p, p, p, p, p));
        rows.put("/materials/images/not-found", List.of(n, n, n, n, n, n));
        // The handout: graduates (the other trainee finished the demo's spring cohort), trainers and
        // coordinators; a trainee still on the course gets the page saying it comes after certification.
        rows.put("/trainee/handouts", List.of(l, p, p, p, p, p));
        // The page says why a code is refused; a made-up code marks nobody.
        rows.put("/trainee/check-in", List.of(l, f, f, f, p, p));
        rows.put("/trainee/check-in?day=" + runningDay + "&code=0.0.AAAAAAAAAAAAAAAA", List.of(l, f, f, f, p, p));
        // Certificates: the coordinator's page and batch downloads (the running cohort has none to download),
        // one certificate for a coordinator or its graduate, and the public verify page.
        rows.put("/coordinator/certificates?cohort=" + runningCohort, List.of(l, p, f, f, f, f));
        rows.put("/coordinator/certificates?cohort=999999", List.of(l, n, f, f, f, f));
        rows.put("/coordinator/certificates.zip?cohort=" + runningCohort, List.of(l, n, f, f, f, f));
        rows.put("/coordinator/certificates.pdf?cohort=not-a-number", List.of(l, n, f, f, f, f));
        rows.put("/certificates/999999.pdf", List.of(l, n, n, n, n, n));
        rows.put("/certificates/not-found", List.of(l, n, n, n, n, n));
        // Matching: the coordinator's register; the graduate's page (a trainee not yet certified is told why).
        rows.put("/coordinator/matching", List.of(l, p, f, f, f, f));
        rows.put("/trainee/matching", List.of(l, f, f, f, p, p));
        rows.put("/verify", List.of(p, p, p, p, p, p));
        rows.put("/verify/not-found", List.of(p, p, p, p, p, p));
        // API clients: coordinators manage them. The API itself takes a bearer token only: a browser
        // session, whoever's, is 401 like no credential at all.
        rows.put("/coordinator/api-clients", List.of(l, p, f, f, f, f));
        Answer u = Answer.UNAUTHORIZED;
        rows.put("/api/v1/eligible-mentors", List.of(u, u, u, u, u, u));
        rows.put("/api/v1/eligible-mentors/not-found", List.of(u, u, u, u, u, u));
        rows.put("/api/v1/eligibility-events", List.of(u, u, u, u, u, u));
        return rows;
    }

    @Test
    void eachVisitorGetsExactlyTheAnswerTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        matrix().forEach((path, answers) -> {
            for (Visitor visitor : Visitor.values()) {
                Answer expected = answers.get(visitor.ordinal());
                Page page = visitors.get(visitor).get(path);
                boolean right = page.status() == expected.status
                        && (expected != Answer.LOGIN || page.location().orElse("").endsWith("/login"));
                if (!right) {
                    wrong.add(path + " as " + visitor + ": expected " + expected + ", got " + page.status() + " "
                            + page.location().orElse(""));
                }
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void ownDataIsOwnAndARefusalShowsNoData() {
        for (Visitor visitor : Visitor.values()) {
            if (visitor.email != null) {
                Page mine = visitors.get(visitor).get("/profile/my-data");
                assertTrue(mine.body().contains("\"email\": \"" + visitor.email + "\""), visitor + ": " + mine.body());
                assertEquals("application/json", mine.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            }
        }
        Page refused = visitors.get(Visitor.OTHER_TRAINER).get("/trainer/cohort?id=" + runningCohort);
        assertEquals(403, refused.status());
        assertTrue(!refused.body().contains("Sofie"), "a refused page must not show the cohort's trainees");
        assertTrue(visitors.get(Visitor.TRAINER).get("/trainer/cohort?id=" + runningCohort).body().contains("Sofie Lund"));
        Page otherTrainee = visitors.get(Visitor.OTHER_TRAINEE).get("/trainee/");
        assertTrue(!otherTrainee.body().contains("Sofie"), "a trainee sees only their own course");
    }

    @Test
    void everyPageAndDownloadIsInTheMatrix() throws IOException {
        Set<String> inMatrix = matrix().keySet().stream().map(path -> path.replaceAll("\\?.*", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inApplication = new TreeSet<>();
        Path webapp = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            files.map(file -> webapp.relativize(file).toString().replace('\\', '/'))
                    .filter(file -> file.endsWith(".xhtml") && !file.startsWith("WEB-INF/") && !file.startsWith("resources/"))
                    .map(file -> "/" + file.replaceAll("\\.xhtml$", "").replaceAll("(^|/)index$", "$1"))
                    .forEach(inApplication::add);
        }
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                WebServlet servlet = loadQuietly(name);
                if (servlet != null) {
                    Arrays.stream(servlet.urlPatterns()).map(pattern -> pattern.replace("/*", "/not-found"))
                            .forEach(inApplication::add);
                    Arrays.stream(servlet.value()).map(pattern -> pattern.replace("/*", "/not-found"))
                            .forEach(inApplication::add);
                }
            }
        }
        inApplication.removeAll(inMatrix);
        assertTrue(inApplication.isEmpty(), "pages or downloads missing from the access matrix: " + inApplication);
    }

    private static WebServlet loadQuietly(String className) {
        try {
            return Class.forName(className, false, AccessMatrixIT.class.getClassLoader()).getAnnotation(WebServlet.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
