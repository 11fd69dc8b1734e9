package dk.peermentor.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.peermentor.testing.AppClock;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.TodaysCohort;
import dk.peermentor.testing.WebUser;
import dk.peermentor.testing.WebUser.Page;

/**
 * A trainee who missed a day makes it up: as a guest on the same unit in another cohort, recorded
 * on that day's roll call, or in a catch-up conversation recorded on their own cohort's sheet. The
 * make-up counts for the missed unit only, and every one is audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MakeUpIT {

    private static final String PASSWORD = "peer-demo-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @Test
    void aGuestOnTheSameUnitInAnotherCohortMakesUpThatDayOnly() {
        String today = TodaysCohort.create(app, "Gæstehold", "uma.krogh", "vera.lind");
        WebUser trine = WebUser.loggedIn(app, "trainer@demo.example", PASSWORD);
        Page sheet = runningSheet(trine);
        // Someone who came on day 1 of the running cohort is corrected to absent: they now have day 1 to make up.
        Element cameOnDayOne = sheet.document().select("#sheet tbody tr").stream()
                .filter(tr -> tr.select("td").get(0).text().equals("Mødt")).findFirst().orElseThrow();
        String trainee = cameOnDayOne.select("th").text();
        String dayTwoBefore = cameOnDayOne.select("td").get(1).text();
        String attendedBefore = cameOnDayOne.select("td").last().text();
        Page dayOne = trine.click(sheet, sheet.document().select("a[href*=roll-call?day=]").first().attr("href"));
        Page corrected = trine.submit(dayOne, "roll", Map.of("roll:reason", "Var der ikke alligevel"),
                button(dayOne, trainee, "Udeblevet"));
        assertTrue(corrected.messages().isEmpty(), corrected.messages());

        // Today's cohort teaches the same unit on its day 1: the trainee can join it as a guest.
        Page rollCall = trine.get("trainer/roll-call?day=" + today);
        Element choice = rollCall.document().select("#guests\\:candidate option:contains(" + trainee + ")").first();
        assertNotNull(choice, rollCall.document().select("#guests").text());
        assertTrue(choice.text().contains("Hold efterår"), choice.text());
        WebUser anders = WebUser.loggedIn(app, "anders.baekgaard@demo.example", PASSWORD);
        Page andersRollCall = anders.get("trainer/roll-call?day=" + today);

        Page added = trine.submit(rollCall, "guests", Map.of("guests:candidate", choice.attr("value")), "guests:add");
        assertTrue(added.messages().contains("Gæsten er registreret"), added.messages());
        assertTrue(added.document().select("#guest-list").text().contains(trainee), added.text());
        assertTrue(added.document().select("#guests\\:candidate option:contains(" + trainee + ")").isEmpty(),
                "made up: no longer a candidate");
        // Anders had the same trainee on his page and records them a moment later: one make-up, and he is told.
        Page twice = anders.submit(andersRollCall, "guests", Map.of("guests:candidate", choice.attr("value")),
                "guests:add");
        assertTrue(twice.messages().contains("allerede indhentet"), twice.messages());

        Page after = runningSheet(trine);
        Element row = rowOf(after, trainee);
        assertTrue(row.select("td").get(0).text().contains("Udeblevet"), "the mark stays what it was");
        assertTrue(row.select("td").get(0).select(".made-up").attr("title").contains("gæst på Gæstehold"),
                row.select("td").get(0).outerHtml());
        assertEquals(dayTwoBefore, row.select("td").get(1).text(), "day 2 is untouched by day 1's make-up");
        assertEquals(Integer.parseInt(attendedBefore.split(" ")[0]) - 1,
                Integer.parseInt(row.select("td").last().text().split(" ")[0]),
                "a make-up is no attended day: the correction took one away, the make-up gives none back");
        Page guestSheet = trine.click(trine.get("trainer/"), trine.get("trainer/").document()
                .select(".unit-card a:contains(Gæstehold)").first().attr("href"));
        assertFalse(guestSheet.document().select("#sheet").text().contains(trainee), "a guest is no trainee there");

        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD);
        Page audit = coordinator.get("coordinator/audit?recordType=MakeUp");
        assertTrue(audit.text().contains("guest in Gæstehold"), audit.text());

        // Taken back from the roll call, the day is to make up again.
        Page removed = trine.submit(added, "guests", Map.of(), added.document()
                .select("#guest-list li:contains(" + trainee + ") input[type=submit]").attr("name"));
        assertTrue(removed.messages().contains("fjernet"), removed.messages());
        assertTrue(rowOf(runningSheet(trine), trainee).select("td").get(0).select(".made-up").isEmpty());
    }

    @Test
    void aCatchUpConversationIsRecordedWithDateAndNoteOnTheTraineesOwnSheet() {
        WebUser trine = WebUser.loggedIn(app, "trainer@demo.example", PASSWORD);
        Page sheet = runningSheet(trine);
        Element missed = sheet.document().select("#conversation\\:missed option").first();
        assertNotNull(missed, "the demo cohort has missed days to make up: " + sheet.text());
        String trainee = missed.text().split(" – ")[0];
        int riskBefore = sheet.document().select("#at-risk > li:contains(" + trainee + ")").size();

        Page noNote = trine.submit(sheet, "conversation", Map.of("conversation:missed", missed.attr("value"),
                "conversation:note", " "), "conversation:save");
        assertTrue(noNote.messages().contains("Hvad samtalen handlede om skal udfyldes"), noNote.messages());
        Page tomorrow = trine.submit(sheet, "conversation", Map.of("conversation:missed", missed.attr("value"),
                "conversation:heldOn", AppClock.today().plusDays(1).toString(),
                "conversation:note", "Gennemgik emnet"), "conversation:save");
        assertTrue(tomorrow.messages().contains("når den har fundet sted"), tomorrow.messages());
        assertEquals(sheet.document().select("#made-up li").size(),
                runningSheet(trine).document().select("#made-up li").size(), "refused changes nothing");

        Page saved = trine.submit(sheet, "conversation", Map.of("conversation:missed", missed.attr("value"),
                "conversation:heldOn", AppClock.today().toString(),
                "conversation:note", "Gennemgik dagens øvelser i telefonen"), "conversation:save");
        assertTrue(saved.messages().contains("Indhentningen er gemt"), saved.messages());
        Element made = saved.document().select("#made-up li:contains(" + trainee + ")").stream()
                .filter(li -> li.text().contains("Gennemgik dagens øvelser")).findFirst().orElseThrow();
        assertTrue(made.text().contains("samtale"), made.text());
        assertTrue(saved.document().select("#conversation\\:missed option[value=" + missed.attr("value") + "]").isEmpty(),
                "that day is made up");
        assertTrue(saved.document().select("#at-risk > li:contains(" + trainee + ")").size() <= riskBefore);

        // Leila teaches only the finished cohort: she cannot see this one, let alone record in it.
        WebUser leila = WebUser.loggedIn(app, "leila.haddad@demo.example", PASSWORD);
        assertEquals(403, leila.get(sheet.uri().toString().substring(app.toString().length())).status());

        Page removed = trine.submit(saved, "makeUps", Map.of(), made.select("input[type=submit]").attr("name"));
        assertTrue(removed.messages().contains("fjernet"), removed.messages());
        assertFalse(removed.document().select("#conversation\\:missed option[value=" + missed.attr("value") + "]")
                .isEmpty(), "to make up again");
    }

    private Page runningSheet(WebUser trainer) {
        Page home = trainer.get("trainer/");
        return trainer.click(home, home.document().select(".unit-card a:contains(Hold efterår)").first().attr("href"));
    }

    private static Element rowOf(Page sheet, String trainee) {
        return sheet.document().select("#sheet tbody tr").stream()
                .filter(tr -> tr.select("th").text().equals(trainee)).findFirst().orElseThrow();
    }

    private static String button(Page page, String trainee, String status) {
        Element line = page.document().select(".roll-call__line:contains(" + trainee + ")").first();
        return line.select(".roll-call__marks button:contains(" + status + ")").first().attr("name");
    }
}
