package dk.peermentor.materials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
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

import dk.peermentor.attendance.AttendanceStatus;
import dk.peermentor.testing.AppClock;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.SharedContent;
import dk.peermentor.testing.WebUser;
import dk.peermentor.testing.WebUser.Page;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A trainee's course materials on the demo: the release rule at its boundaries, notes that only
 * their author reads, content HTML shown as text, and the progress statement.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MaterialsIT {

    private static final String PASSWORD = "peer-demo-2026";
    /** Planted in unit 1 of the shared deployment's curriculum. */
    private static final String SCRIPT = SharedContent.SCRIPT;
    private static final ResourceBundle DANISH = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("da"));

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @Test
    void theTraineeSeesTheNextDayHighlightedWhatIsOpenAndWhereSheStands() {
        WebUser sofie = WebUser.loggedIn(app, "trainee@demo.example", PASSWORD);
        Page home = sofie.get("trainee/");
        LocalDate today = AppClock.today();

        Element next = home.document().select(".unit-card--next").first();
        assertNotNull(next, home.text());
        assertEquals("date", next.attr("aria-current"));
        assertFalse(LocalDate.parse(next.select("time").attr("datetime")).isBefore(today));
        for (Element card : home.document().select(".unit-card")) {
            LocalDate day = LocalDate.parse(card.select("time").attr("datetime"));
            boolean open = !today.isBefore(day.minusDays(14));
            assertEquals(open, !card.select("a.unit-card__link").isEmpty(), "14 days before by default: " + card.text());
        }
        // The demo marks every day held before today; a day still to come has no mark.
        int held = 0;
        int attended = 0;
        for (Element card : home.document().select(".unit-card")) {
            LocalDate day = LocalDate.parse(card.select("time").attr("datetime"));
            String mark = card.select("p:contains(" + DANISH.getString("trainee.yourMark") + ") strong").first().text();
            if (day.isBefore(today)) {
                held++;
                attended += AttendanceStatus.attended().stream().anyMatch(status -> DANISH.getString("attendance.status." + status)
                        .equals(mark)) ? 1 : 0;
            } else {
                assertEquals(DANISH.getString("trainee.noMark"), mark, card.text());
            }
        }
        assertTrue(held >= 2 && held <= 3, "the running cohort began two months ago: " + held + " days held");
        String progress = home.document().select(".progress").text();
        assertTrue(progress.contains(MessageFormat.format(DANISH.getString("progress.attended"), attended, 6)), progress);
        assertTrue(progress.contains("Du er godt på vej"), progress);
    }

    @Test
    void theReleaseRuleOpensAUnitExactlyOnItsDay() {
        WebUser sofie = WebUser.loggedIn(app, "trainee@demo.example", PASSWORD);
        Element closed = sofie.get("trainee/").document().select(".unit-card:not(:has(a.unit-card__link))").first();
        assertNotNull(closed, "the demo cohort has days far enough ahead to be closed");
        LocalDate day = LocalDate.parse(closed.select("time").attr("datetime"));
        int daysAhead = (int) ChronoUnit.DAYS.between(AppClock.today(), day);
        String title = closed.select(".unit-card__title").text();
        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD);
        try {
            release(coordinator, "BEFORE_DAY", daysAhead - 1);
            Page stillClosed = sofie.get("trainee/");
            assertTrue(card(stillClosed, title).select("a.unit-card__link").isEmpty(), "opens tomorrow");
            assertTrue(card(stillClosed, title).text().contains("Materialet åbner"), card(stillClosed, title).text());

            release(coordinator, "BEFORE_DAY", daysAhead);
            Page open = sofie.get("trainee/");
            Page unit = sofie.click(open, card(open, title).select("a.unit-card__link").attr("href"));
            assertEquals(title, unit.document().select("#unit-title").text());

            release(coordinator, "AT_ENROLMENT", 14);
            assertEquals(6, sofie.get("trainee/").document().select("a.unit-card__link").size(), "all from enrolment");
        } finally {
            release(coordinator, "BEFORE_DAY", 14);
        }
    }

    @Test
    void contentHtmlReachesThePageAsText() {
        WebUser sofie = WebUser.loggedIn(app, "trainee@demo.example", PASSWORD);
        Page unit = sofie.get("trainee/unit?unit=recovery");

        assertEquals(200, unit.status());
        assertTrue(unit.document().select("#objectives").text().contains(SCRIPT), unit.document().select("#objectives").html());
        assertTrue(unit.document().select("script").stream().noneMatch(s -> s.data().contains("alert('peer')")));
        assertTrue(unit.document().select("img[src$=/materials/images/chime.svg]").size() == 1);
        assertEquals(200, sofie.get("materials/images/chime.svg").status());
        assertEquals(404, sofie.get("materials/images/..%2Fcourse.yaml").status());
    }

    @Test
    void notesAreTheirAuthorsAloneAndLeaveWithTheirData() {
        WebUser sofie = WebUser.loggedIn(app, "trainee@demo.example", PASSWORD);
        Page unit = sofie.get("trainee/unit?unit=active-listening&lang=en");
        assertEquals("en", unit.document().select("article.materials").attr("lang"));
        Page otherTab = sofie.get("trainee/unit?unit=active-listening");
        Page saved = sofie.submit(unit, "notes", Map.of("notes:note", "Jeg lytter bedre, når jeg tier stille."),
                "notes:save");
        assertTrue(saved.messages().contains("gemt"), saved.messages());
        Page read = sofie.submit(saved, "read", Map.of(), "read:toggle");
        assertTrue(read.document().select(".my-notes .read").text().contains("Læst"), read.text());
        assertTrue(sofie.get("trainee/").document().select(".unit-card:contains(Aktiv lytning) .read").text()
                .contains("Læst"));

        // A second tab, opened before the note was saved, must not overwrite it.
        Page stale = sofie.submit(otherTab, "notes", Map.of("notes:note", "Noget andet"), "notes:save");
        assertTrue(stale.messages().contains("ændret et andet sted"), stale.messages());
        assertEquals("Jeg lytter bedre, når jeg tier stille.",
                sofie.get("trainee/unit?unit=active-listening").document().select("textarea").text());

        WebUser signe = WebUser.loggedIn(app, "signe.lykke@demo.example", PASSWORD);
        assertEquals("", signe.get("trainee/unit?unit=active-listening").document().select("textarea").text(),
                "another trainee of the same cohort sees her own, empty note");
        WebUser trainer = WebUser.loggedIn(app, "trainer@demo.example", PASSWORD);
        assertEquals(403, trainer.get("trainee/unit?unit=active-listening").status());

        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD);
        String sofieId = personId(coordinator, "trainee@demo.example");
        String coordinatorsExport = coordinator.get("coordinator/person-data?person=" + sofieId).body();
        assertFalse(coordinatorsExport.contains("tier stille"), "a coordinator's export holds no note text");
        assertEquals(1, json(coordinatorsExport).getInt("privateReflectionNotes"));
        JsonObject own = json(sofie.get("profile/my-data").body());
        assertEquals("Jeg lytter bedre, når jeg tier stille.",
                own.getJsonArray("reflectionNotes").getJsonObject(0).getString("text"));

        // Erased with the person.
        Page signeSaved = signe.submit(signe.get("trainee/unit?unit=recovery"), "notes",
                Map.of("notes:note", "Håb er et fælles projekt."), "notes:save");
        assertTrue(signeSaved.messages().contains("gemt"), signeSaved.messages());
        String signeId = personId(coordinator, "signe.lykke@demo.example");
        Page people = coordinator.submit(coordinator.get("coordinator/people"), "search",
                Map.of("search:query", "signe.lykke@demo.example"), "search:find");
        Page asked = coordinator.submit(people, "found", Map.of(),
                people.document().select("input[name$=:erase]").first().attr("name"));
        coordinator.submit(asked, "erase", Map.of("erase:reason", "Bad selv om sletning"), "erase:confirm");
        assertEquals(0, json(coordinator.get("coordinator/person-data?person=" + signeId).body())
                .getInt("privateReflectionNotes"));
    }

    @Test
    void aTraineeWithADayToMakeUpIsToldWhichAndWhoToAsk() {
        WebUser trainer = WebUser.loggedIn(app, "trainer@demo.example", PASSWORD);
        Page home = trainer.get("trainer/");
        Page sheet = trainer.click(home, home.document().select(".unit-card a:contains(Hold efterår)").first().attr("href"));
        Element atRisk = sheet.document().select("#at-risk > li:contains(Mangler at indhente)").stream()
                .filter(li -> li.select("strong").text().matches("[A-Za-z ]+")).findFirst().orElseThrow();
        String name = atRisk.select("strong").text();
        Matcher missing = Pattern.compile("Dag (\\d) \\(([^)]+)\\)").matcher(atRisk.text());
        assertTrue(missing.find(), atRisk.text());

        WebUser trainee = WebUser.loggedIn(app, name.toLowerCase().replace(' ', '.') + "@demo.example", PASSWORD);
        String progress = trainee.get("trainee/").document().select(".progress").text();
        assertTrue(progress.contains("skal du indhente dag " + missing.group(1) + " '" + missing.group(2)
                + "' – spørg din underviser"), progress);
    }

    private static void release(WebUser coordinator, String rule, int days) {
        Page saved = coordinator.submit(coordinator.get("coordinator/cohorts"), "release",
                Map.of("release:rule", rule, "release:days", Integer.toString(days)), "release:save");
        assertTrue(saved.messages().contains("gemt"), saved.messages());
    }

    private static Element card(Page home, String title) {
        return home.document().select(".unit-card:has(.unit-card__title:containsOwn(" + title + "))").first();
    }

    private static String personId(WebUser coordinator, String email) {
        Page found = coordinator.submit(coordinator.get("coordinator/people"), "search",
                Map.of("search:query", email), "search:find");
        return found.document().select("a[href*=person-data]").first().attr("href").replaceAll(".*person=", "");
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
