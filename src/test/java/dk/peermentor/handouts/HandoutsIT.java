package dk.peermentor.handouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.Graduates;
import dk.peermentor.testing.WebUser;
import dk.peermentor.testing.WebUser.Page;

/**
 * Coordinators keep the handout of activities and lead persons over the real pages; graduates of the
 * demo's finished cohort are given it, a trainee still on the course is told it comes after
 * certification.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HandoutsIT {

    private static final String PASSWORD = "peer-demo-2026";
    /** Completed the demo's spring cohort. */
    /** Sofie Lund, in the running cohort. */
    private static final String TRAINEE = "trainee@demo.example";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @Test
    void aCoordinatorAddsEditsReordersAndRemovesAnActivityAndEveryChangeIsAudited() {
        WebUser coordinator = coordinator();
        Page editor = coordinator.get("coordinator/handouts");
        assertEquals(200, editor.status());
        int before = activities(editor).size();

        Page empty = coordinator.submit(editor, "activity", Map.of(), "activity:save");
        assertTrue(empty.messages().contains("Udfyld venligst feltet"), empty.messages());
        assertEquals(before, activities(empty).size(), "nothing was added");

        Page added = coordinator.submit(editor, "activity", Map.of("activity:name", "Havearbejde",
                "activity:schedule", "Torsdage 13-15", "activity:place", "Køkkenhaven", "activity:lead", "Rikke Dam",
                "activity:contact", "rikke.dam@demo.example"), "activity:save");
        assertTrue(added.messages().contains("Havearbejde er tilføjet"), added.messages());
        List<String> names = activities(added);
        assertEquals(before + 1, names.size());
        assertEquals("Havearbejde", names.get(names.size() - 1), "a new activity comes last");

        int last = names.size() - 1;
        Page editing = coordinator.submit(added, "list", Map.of(), "list:table:" + last + ":edit");
        assertEquals("Havearbejde", editing.document().getElementById("activity:name").val());
        Page saved = coordinator.submit(editing, "activity", Map.of("activity:schedule", "Torsdage 13-16"),
                "activity:save");
        assertTrue(saved.messages().contains("Havearbejde er gemt"), saved.messages());
        assertTrue(row(saved, "Havearbejde").text().contains("Torsdage 13-16"), row(saved, "Havearbejde").text());

        Page moved = coordinator.submit(saved, "list", Map.of(), "list:table:" + last + ":up");
        assertEquals("Havearbejde", activities(moved).get(last - 1), "moved one place up");
        assertEquals(names.get(last - 1), activities(moved).get(last), "and its neighbour one place down");
        Page top = coordinator.submit(coordinator.get("coordinator/handouts"), "list", Map.of(), "list:table:0:up");
        assertEquals(activities(moved), activities(top), "the first stays first");

        Page asked = coordinator.submit(moved, "list", Map.of(), "list:table:" + (last - 1) + ":remove");
        assertTrue(asked.document().getElementById("remove-heading").text().contains("Havearbejde"));
        assertEquals(before + 1, activities(asked).size(), "asking removes nothing");
        Page removed = coordinator.submit(asked, "remove", Map.of(), "remove:confirm");
        assertTrue(removed.messages().contains("Havearbejde er fjernet"), removed.messages());
        assertFalse(activities(removed).contains("Havearbejde"));
        assertEquals(names.subList(0, last), activities(removed), "the others keep their order");

        Page audit = coordinator.submit(coordinator.get("coordinator/audit"), "audit",
                Map.of("audit:action", "HANDOUT_CHANGED"), "audit:search");
        String log = audit.text();
        assertTrue(log.contains("Havearbejde · Torsdage 13-15 · Køkkenhaven · Rikke Dam"), log);
        assertTrue(log.contains("Havearbejde · Torsdage 13-16"), log);
        assertFalse(log.contains("rikke.dam@demo.example"), "the contact stays out of the log");
    }

    @Test
    void aSecondCoordinatorEditingTheSameActivityIsToldAndNothingIsOverwritten() {
        WebUser first = coordinator();
        WebUser second = coordinator();
        Page firstEditing = edit(first, "Mindfulness");
        Page secondEditing = edit(second, "Mindfulness");

        Page firstSaved = first.submit(firstEditing, "activity", Map.of("activity:schedule", "Onsdage 14-15.30"),
                "activity:save");
        assertTrue(firstSaved.messages().contains("Mindfulness er gemt"), firstSaved.messages());

        Page refused = second.submit(secondEditing, "activity", Map.of("activity:schedule", "Fredage 8-9"),
                "activity:save");
        assertTrue(refused.messages().contains("En anden har ændret Mindfulness i mellemtiden"), refused.messages());
        assertTrue(refused.messages().contains("intet er overskrevet"), refused.messages());
        assertTrue(row(refused, "Mindfulness").text().contains("Onsdage 14-15.30"), "the list shows the first's version");
        assertTrue(row(coordinator().get("coordinator/handouts"), "Mindfulness").text().contains("Onsdage 14-15.30"));

        // A page showing the old order cannot move the activity either.
        Page stale = second.get("coordinator/handouts");
        int index = activities(stale).indexOf("Mindfulness");
        Page firstAgain = edit(first, "Mindfulness");
        first.submit(firstAgain, "activity", Map.of("activity:place", "Stillerummet, 2. sal"), "activity:save");
        Page staleMove = second.submit(stale, "list", Map.of(), "list:table:" + index + ":down");
        assertTrue(staleMove.messages().contains("i mellemtiden"), staleMove.messages());
        assertEquals(index, activities(staleMove).indexOf("Mindfulness"), "not moved");
    }

    @Test
    void aGraduateIsGivenTheListWithLinksToCallOrWriteTheLeadPersons() {
        WebUser graduate = WebUser.loggedIn(app, Graduates.certifyOne(app), PASSWORD);
        Page start = graduate.get("trainee/");
        Element link = start.document().getElementById("handouts-link");
        assertTrue(link != null, "the start page links to the handout: " + start.text());
        Page handout = graduate.click(start, link.attr("href"));
        assertEquals(200, handout.status());
        assertTrue(handout.document().select("#handout li h2").eachText().containsAll(List.of("Glasværksted", "Musik",
                "Motion", "NADA", "Beskæftigelse")), handout.text());
        assertFalse(handout.document().select("a[href=mailto:birgitte.fjord@demo.example]").isEmpty(), handout.body());
        assertFalse(handout.document().select("a[href=tel:+4500000001]").isEmpty(), handout.body());
        assertTrue(handout.body().contains("@media print") || handout.body().contains("handouts.css"),
                "the page has its print style");

        Page forTrainer = WebUser.loggedIn(app, "trainer@demo.example", PASSWORD).get("trainee/handouts");
        assertTrue(forTrainer.text().contains("Glasværksted"), "trainers hand it over and may see it");
    }

    @Test
    void aTraineeStillOnTheCourseIsToldTheListComesAfterCertification() {
        WebUser trainee = WebUser.loggedIn(app, TRAINEE, PASSWORD);
        assertTrue(trainee.get("trainee/").document().getElementById("handouts-link") == null,
                "no link before certification");
        Page handout = trainee.get("trainee/handouts");
        assertEquals(200, handout.status());
        assertTrue(handout.document().getElementById("after-certification").text().contains("efter certificeringen"),
                handout.text());
        assertFalse(handout.text().contains("Glasværksted"), "no activity is shown");
        assertTrue(handout.document().select("#handout").isEmpty());

        assertEquals(403, trainee.get("coordinator/handouts").status());
    }

    private WebUser coordinator() {
        return WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD);
    }

    /** Opens the editor and starts editing the activity called {@code name}. */
    private static Page edit(WebUser coordinator, String name) {
        Page editor = coordinator.get("coordinator/handouts");
        int index = activities(editor).indexOf(name);
        assertTrue(index >= 0, name + " is not on " + activities(editor));
        return coordinator.submit(editor, "list", Map.of(), "list:table:" + index + ":edit");
    }

    private static List<String> activities(Page editor) {
        return editor.document().select("[id=list:table] tbody tr .activity-name").eachText();
    }

    private static Element row(Page editor, String name) {
        return editor.document().select("[id=list:table] tbody tr").stream()
                .filter(tr -> tr.select(".activity-name").text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not on the page: " + editor.text()));
    }
}
