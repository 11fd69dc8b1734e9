package dk.peermentor.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

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
import dk.peermentor.testing.WebUser.Page;

/**
 * Two trainers take the roll call of the same day at the same time: each keeps their marks, and when
 * both mark the same trainee the second sees the first's value and chooses. After the day a change
 * needs a reason; a completed cohort is the coordinator's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RollCallIT {

    private static final String PASSWORD = "peer-demo-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @Test
    void twoTrainersMarkingAtOnceLoseNothingAndAClashIsShownAndResolved() {
        String day = TodaysCohort.create(app, "Hold i dag", "ida.rask", "jon.lyng", "kim.moe", "lis.holt");
        WebUser trine = WebUser.loggedIn(app, "trainer@demo.example", PASSWORD);
        WebUser anders = WebUser.loggedIn(app, "anders.baekgaard@demo.example", PASSWORD);
        Page trinesPage = trine.get("trainer/roll-call?day=" + day);
        Page andersPage = anders.get("trainer/roll-call?day=" + day);

        Page afterTrine = trine.submit(trinesPage, "roll", Map.of(), button(trinesPage, "Ida Rask", "Kom for sent"));
        assertTrue(line(afterTrine, "Ida Rask").text().contains("gemt"), line(afterTrine, "Ida Rask").text());

        // Anders's page still shows Ida unmarked; his mark meets Trine's.
        Page clash = anders.submit(andersPage, "roll", Map.of(), button(andersPage, "Ida Rask", "Udeblevet"));
        assertTrue(clash.messages().contains("En anden har markeret"), clash.messages());
        assertTrue(line(clash, "Ida Rask").select(".conflict").text().contains("Kom for sent"), line(clash, "Ida Rask").text());
        Page resolved = anders.submit(clash, "roll", Map.of(),
                line(clash, "Ida Rask").select(".conflict button").last().attr("name"));
        assertTrue(line(resolved, "Ida Rask").text().contains("Udeblevet"), line(resolved, "Ida Rask").text());
        Page afterAnders = anders.submit(resolved, "roll", Map.of(), button(resolved, "Jon Lyng", "Mødt"));
        assertTrue(line(afterAnders, "Jon Lyng").text().contains("Mødt"));
        Page trineMarksKim = trine.submit(afterTrine, "roll", Map.of(), button(afterTrine, "Kim Moe", "Gik tidligt"));
        assertTrue(line(trineMarksKim, "Kim Moe").text().contains("Gik tidligt"), "her page had Kim unmarked: no clash");

        Page reloaded = trine.get("trainer/roll-call?day=" + day);
        assertTrue(line(reloaded, "Ida Rask").text().contains("Udeblevet"));
        assertTrue(line(reloaded, "Jon Lyng").text().contains("Mødt"), "Anders's other mark is kept");

        assertTrue(line(reloaded, "Kim Moe").text().contains("Gik tidligt"));
        Page all = trine.submit(reloaded, "roll", Map.of(), "roll:allPresent");
        assertTrue(all.messages().contains("1 er markeret som mødt"), all.messages());
        assertTrue(line(all, "Lis Holt").text().contains("Mødt"));
        assertTrue(line(all, "Ida Rask").text().contains("Udeblevet"), "marked trainees are left alone");
    }

    @Test
    void afterTheDayAChangeNeedsAReasonAndACompletedCohortIsTheCoordinators() {
        WebUser trine = WebUser.loggedIn(app, "trainer@demo.example", PASSWORD);
        Page home = trine.get("trainer/");
        Page sheet = trine.click(home, home.document().select(".unit-card a:contains(Hold efterår)").first().attr("href"));
        Page pastDay = trine.click(sheet, sheet.document().select("a[href*=roll-call?day=]").first().attr("href"));
        String trainee = pastDay.document().select(".roll-call__line .roll-call__name").first().text();

        Page refused = trine.submit(pastDay, "roll", Map.of(), button(pastDay, trainee, "Meldt afbud"));
        assertTrue(refused.messages().contains("skriv en grund"), refused.messages());
        Page corrected = trine.submit(pastDay, "roll", Map.of("roll:reason", "Afbud sendt til kontoret"),
                button(pastDay, trainee, "Meldt afbud"));
        assertTrue(line(corrected, trainee).text().contains("Meldt afbud"), corrected.messages());

        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD);
        Page audit = coordinator.submit(coordinator.get("coordinator/audit"), "audit",
                Map.of("audit:action", "ATTENDANCE_CHANGED"), "audit:search");
        assertTrue(audit.text().contains("correction: Afbud sendt til kontoret"), audit.text());

        // Anders teaches the finished cohort too; now that it is completed, only a coordinator may change it.
        WebUser anders = WebUser.loggedIn(app, "anders.baekgaard@demo.example", PASSWORD);
        Page andersHome = anders.get("trainer/");
        Element finished = andersHome.document().select(".unit-card:contains(Afsluttet) a").first();
        Page finishedSheet = anders.click(andersHome, finished.attr("href"));
        Page finishedDay = anders.click(finishedSheet, finishedSheet.document().select("a[href*=roll-call?day=]").first().attr("href"));
        String someone = finishedDay.document().select(".roll-call__line .roll-call__name").first().text();
        Page closed = anders.submit(finishedDay, "roll", Map.of("roll:reason", "Rettelse"), button(finishedDay, someone, "Mødt"));
        assertTrue(closed.messages().contains("kun en koordinator"), closed.messages());
    }

    /** Nobody has been present or absent at a day that has not come: only an excused absence can be recorded ahead. */
    @Test
    void aDayThatHasNotComeTakesOnlyAnExcusedAbsence() {
        TodaysCohort.create(app, "Hold med dage forude", "mia.dahl", "ole.berg");
        WebUser trine = WebUser.loggedIn(app, "trainer@demo.example", PASSWORD);
        Page home = trine.get("trainer/");
        Page sheet = trine.click(home, home.document().select(".unit-card a:contains(Hold med dage forude)").first()
                .attr("href"));
        String lastDay = sheet.document().select("a[href*=roll-call?day=]").last().attr("href");
        Page ahead = trine.click(sheet, lastDay);

        ResourceBundle danish = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("da"));
        assertTrue(ahead.document().getElementById("upcoming") != null, "the page says why: " + ahead.text());
        assertTrue(ahead.document().select("[name=roll:allPresent]").isEmpty(), "no 'everyone present' ahead of the day");
        List<String> offered = line(ahead, "Mia Dahl").select(".roll-call__marks button").eachText();
        assertEquals(List.of(danish.getString("attendance.status.EXCUSED")), offered);

        Page excused = trine.submit(ahead, "roll", Map.of(), button(ahead, "Mia Dahl", offered.get(0)));
        assertTrue(line(excused, "Mia Dahl").text().contains(danish.getString("attendance.status.EXCUSED")),
                line(excused, "Mia Dahl").text());
        assertTrue(line(excused, "Ole Berg").text().contains(danish.getString("rollCall.unmarked")),
                "the others are left unmarked");
    }

    private static Element line(Page page, String trainee) {
        Element line = page.document().select(".roll-call__line:contains(" + trainee + ")").first();
        if (line == null) {
            throw new AssertionError("no line for " + trainee + " on " + page.uri() + " (" + page.status() + "): "
                    + page.text());
        }
        return line;
    }

    private static String button(Page page, String trainee, String status) {
        Element button = line(page, trainee).select(".roll-call__marks button:contains(" + status + ")").first();
        assertEquals("submit", button.attr("type"));
        return button.attr("name");
    }
}
