package dk.peermentor.testing;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

import dk.peermentor.testing.WebUser.Page;

/** A graduate of the demo's finished cohort, certified for the test through the coordinator's page. */
public final class Graduates {

    private Graduates() {
    }

    /** Issues a certificate to the first graduate who meets the rule (and has a plain-ASCII name); their login. */
    public static String certifyOne(URL app) {
        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", "peer-demo-2026");
        Page cohorts = coordinator.get("coordinator/cohorts");
        String cohort = cohorts.document().select("a[href*=cohort?id=]:contains(Hold forår)").first().attr("href")
                .replaceAll(".*id=", "");
        Page page = coordinator.get("coordinator/certificates?cohort=" + cohort);
        for (Element pick : page.document().select("input[type=checkbox][name$=:pick]")) {
            // The checkbox's label follows it: "Vælg Given Family".
            List<String> words = List.of(pick.nextElementSibling().text().split(" "));
            String given = words.get(words.size() - 2);
            String family = words.get(words.size() - 1);
            if ((given + family).matches("[A-Za-z]+")) {
                coordinator.submit(page, "issue", Map.of(pick.attr("name"), "on"), "issue:issueSelected");
                return (given + "." + family).toLowerCase() + "@demo.example";
            }
        }
        throw new AssertionError("no graduate of the finished cohort to certify: " + page.text());
    }
}
