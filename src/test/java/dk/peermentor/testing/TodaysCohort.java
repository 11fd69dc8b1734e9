package dk.peermentor.testing;

import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import dk.peermentor.platform.Time;
import dk.peermentor.testing.WebUser.Page;

/**
 * A cohort whose first teaching day is today, made through the coordinator's pages of a demo
 * deployment: trainees enrolled, the demo trainers Trine Ravn and Anders Bækgaard assigned. "Today"
 * is the server's (Copenhagen) date, which differs from the machine's late in the evening.
 */
public final class TodaysCohort {

    private static final String PASSWORD = "peer-demo-2026";

    private TodaysCohort() {
    }

    /** Creates the cohort; returns the id of today's teaching day. Trainees are "given.family" names. */
    public static String create(URL app, String name, String... trainees) {
        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD);
        Map<String, String> fields = new HashMap<>(Map.of("create:name", name, "create:place", "Havnegade 12",
                "create:capacity", Integer.toString(Math.max(15, trainees.length)),
                "create:firstMonth", LocalDate.now(Time.ZONE).plusMonths(1).toString().substring(0, 7),
                "create:week", "2", "create:dayOfWeek", "TUESDAY", "create:startsAt", "09:30", "create:endsAt", "15:00"));
        Page proposed = coordinator.submit(coordinator.get("coordinator/cohorts"), "create", fields, "create:propose");
        Page cohort = coordinator.follow(coordinator.submit(proposed, "create", Map.of(), "create:save"));
        Page moving = coordinator.submit(cohort, "days", Map.of(), "days:table:0:move");
        cohort = coordinator.submit(moving, "move", Map.of("move:date", LocalDate.now(Time.ZONE).toString()), "move:save");
        for (String trainee : trainees) {
            String[] parts = trainee.split("\\.");
            cohort = coordinator.submit(cohort, "enrol", Map.of("enrol:given", capitalised(parts[0]),
                    "enrol:family", capitalised(parts[1]), "enrol:email", trainee + "@demo.example", "enrol:language", "DA"),
                    "enrol:save");
        }
        for (String trainer : new String[] {"Trine Ravn", "Anders Bækgaard"}) {
            String id = cohort.document().select("select[name=assign:trainer] option").stream()
                    .filter(o -> o.text().equals(trainer)).findFirst().orElseThrow().attr("value");
            cohort = coordinator.submit(cohort, "assign", Map.of("assign:trainer", id), "assign:save");
        }
        WebUser trine = WebUser.loggedIn(app, "trainer@demo.example", PASSWORD);
        Page trainerHome = trine.get("trainer/");
        Page sheet = trine.click(trainerHome,
                trainerHome.document().select(".unit-card a:contains(" + name + ")").first().attr("href"));
        return sheet.document().select("a[href*=roll-call?day=]").first().attr("href").replaceAll(".*day=", "");
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
