package dk.peermentor.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.TodaysCohort;
import dk.peermentor.testing.WebUser;
import dk.peermentor.testing.WebUser.Download;
import dk.peermentor.testing.WebUser.Page;

/**
 * An operator's monitoring reads /metrics: after a trainer's mark and a certificate download, the
 * marks counter (by outcome), the certificate timer and the request timer have moved, beside
 * Payara's own metrics.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {

    private static final String PASSWORD = "peer-demo-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @Test
    void aMarkAndACertificateDownloadShowOnMetrics() {
        double recordedBefore = value(metrics(), "peermentor_attendance_marks_total", "outcome=\"recorded\"");
        double singleBefore = value(metrics(), "peermentor_certificate_generation_seconds_count", "kind=\"single\"");

        String day = TodaysCohort.create(app, "Hold til målinger", "ane.dahl", "bent.krog");
        WebUser trainer = WebUser.loggedIn(app, "trainer@demo.example", PASSWORD);
        Page rollCall = trainer.get("trainer/roll-call?day=" + day);
        Element line = rollCall.document().select(".roll-call__line:contains(Ane Dahl)").first();
        Page marked = trainer.submit(rollCall, "roll", Map.of(),
                line.select(".roll-call__marks button:contains(Mødt)").first().attr("name"));
        assertTrue(marked.document().select(".roll-call__line:contains(Ane Dahl)").text().contains("gemt"), marked.text());

        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD);
        Download pdf = coordinator.download("certificates/" + firstCertificateId(coordinator) + ".pdf");
        assertEquals(200, pdf.status());

        String after = metrics();
        assertEquals(recordedBefore + 1, value(after, "peermentor_attendance_marks_total", "outcome=\"recorded\""), after);
        assertEquals(singleBefore + 1, value(after, "peermentor_certificate_generation_seconds_count", "kind=\"single\""),
                after);
        assertTrue(value(after, "peermentor_certificate_generation_seconds_sum", "kind=\"single\"") > 0, after);
        assertTrue(value(after, "peermentor_http_requests_seconds_count", "status=\"2xx\"") >= 5, after);
        // Payara's own JVM metrics are there too (docs/monitoring.md names the ones to watch).
        assertTrue(after.contains("memory_usedHeap_bytes") || after.contains("jvm_memory_used_bytes"), after);
    }

    /** The demo's graduates hold certificates; the coordinator finds one through the cohorts' pages. */
    private static String firstCertificateId(WebUser coordinator) {
        Page cohorts = coordinator.get("coordinator/cohorts");
        for (Element cohort : cohorts.document().select("th[scope=row] a[href*=id=]")) {
            Page plan = coordinator.get(relative(cohort.attr("href")));
            Element certificates = plan.document().getElementById("certificates");
            if (certificates == null) {
                continue;
            }
            Page page = coordinator.get(relative(certificates.attr("href")));
            for (Element link : page.document().select("a[href*=/certificates/]")) {
                Matcher id = Pattern.compile("/certificates/(\\d+)\\.pdf").matcher(link.attr("href"));
                if (id.find()) {
                    return id.group(1);
                }
            }
        }
        throw new AssertionError("no certificate to download: " + cohorts.text());
    }

    /** A link of a page as a path relative to the application (the pages link from the server's root). */
    private static String relative(String href) {
        return href.replaceFirst("^/[^/]+/", "");
    }

    /** Payara serves /metrics at the server's root, beside the application's context. */
    private String metrics() {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(app.toURI().resolve("/metrics")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            return answer.body();
        } catch (IOException | InterruptedException | URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** The value of a Prometheus sample of the application scope with the given label (0 when absent). */
    private static double value(String metrics, String name, String label) {
        Matcher sample = Pattern.compile("(?m)^(?:application_)?" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$")
                .matcher(metrics);
        while (sample.find()) {
            if (sample.group(1).contains(label)) {
                return Double.parseDouble(sample.group(2));
            }
        }
        return 0;
    }
}
