package dk.peermentor.testing;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import dk.peermentor.testing.WebUser.Page;

/**
 * A cohort whose first teaching day is today, made through the coordinator's pages of a demo
 * deployment: trainees enrolled (through the applicant import), the demo trainers Trine Ravn and
 * Anders Bækgaard assigned.
 */
public final class TodaysCohort {

    private static final String PASSWORD = "peer-demo-2026";

    private TodaysCohort() {
    }

    /** Creates the cohort; returns the id of today's teaching day. Trainees are "given.family" names. */
    public static String create(URL app, String name, String... trainees) {
        // The application's today: from 23:00 UTC (22:00 in summer) Copenhagen is already a day ahead.
        LocalDate today = AppClock.today();
        WebUser coordinator = WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD);
        Map<String, String> fields = new HashMap<>(Map.of("create:name", name, "create:place", "Havnegade 12",
                "create:capacity", Integer.toString(Math.max(15, trainees.length)),
                "create:firstMonth", today.plusMonths(1).toString().substring(0, 7),
                "create:week", "2", "create:dayOfWeek", "TUESDAY", "create:startsAt", "09:30", "create:endsAt", "15:00"));
        Page cohorts = coordinator.get("coordinator/cohorts");
        fields.put("create:programme", Demo.programmeOption(cohorts));
        Page proposed = coordinator.submit(cohorts, "create", fields, "create:propose");
        Page cohort = coordinator.follow(coordinator.submit(proposed, "create", Map.of(), "create:save"));
        Page moving = coordinator.submit(cohort, "days", Map.of(), "days:table:0:move");
        cohort = coordinator.submit(moving, "move", Map.of("move:date", today.toString()), "move:save");
        if (trainees.length > 0) {
            cohort = importTrainees(coordinator, cohort, trainees);
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

    /**
     * Enrols everyone in one go through the coordinator's applicant import (a CSV upload, checked,
     * then confirmed): two requests however many trainees, where enrolling one by one takes one each.
     */
    private static Page importTrainees(WebUser coordinator, Page cohort, String... trainees) {
        StringBuilder file = new StringBuilder("fornavn;efternavn;e-mail;sprog\n");
        for (String trainee : trainees) {
            String[] parts = trainee.split("\\.");
            file.append(capitalised(parts[0])).append(';').append(capitalised(parts[1])).append(';')
                    .append(trainee).append("@demo.example;da\n");
        }
        Page previewed = coordinator.upload(cohort, "import", "import:file", "trainees.csv",
                file.toString().getBytes(StandardCharsets.UTF_8), "import:preview");
        if (previewed.document().getElementById("import-confirm") == null) {
            throw new AssertionError("the trainees' file was refused: " + previewed.messages() + " "
                    + previewed.document().select("#import-problems").text());
        }
        return coordinator.submit(previewed, "import-confirm", Map.of(), "import-confirm:save");
    }

    /** {@code count} made-up trainees ("given.family"), listed on a roll call in this order. */
    public static String[] trainees(int count) {
        String[] given = {"alma", "bjarke", "cleo", "dina", "eske", "freja", "gorm", "hilde", "ib", "janne"};
        String[] family = {"berg", "dam", "friis"};
        if (count > given.length * family.length) {
            throw new IllegalArgumentException("at most " + given.length * family.length + " trainees");
        }
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = given[i / family.length] + "." + family[i % family.length];
        }
        return names;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
