package dk.peermentor.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.peermentor.platform.Language;
import dk.peermentor.testing.AppClock;
import dk.peermentor.testing.Demo;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.WebUser;
import dk.peermentor.testing.WebUser.Page;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * A coordinator plans cohorts over the real pages: a schedule over Easter and the change to summer
 * time, capacity and waiting list, the age rule, moving a day.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CohortPlanningIT {

    private static final String PASSWORD = "peer-demo-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    @Test
    void aScheduleOverEasterFlagsMaundyThursdayAndTheCalendarKeepsLocalTimesOverSummerTime() throws Exception {
        WebUser coordinator = coordinator();
        // Easter 2027 on purpose: a fact of the calendar; the cohort may be past, running or planned.
        Page proposed = propose(coordinator, "Hold påske 2027", "2027-01", "4", "THURSDAY", "15");
        assertEquals(6, proposed.document().select("#proposal li").size(), proposed.text());
        assertTrue(proposed.document().select("#warnings").text().contains("Dag 3 falder på en helligdag: Skærtorsdag"),
                proposed.document().select("#warnings").text());

        Page cohort = coordinator.follow(coordinator.submit(proposed, "create", Map.of(), "create:save"));
        assertTrue(cohort.uri().toString().contains("/coordinator/cohort?id="), cohort.uri().toString());
        assertTrue(cohort.text().contains("Skærtorsdag"), "the cohort page keeps warning about the holiday");
        String id = cohort.uri().getQuery().replace("id=", "");

        Page ics = coordinator.get("calendar/cohort?id=" + id);
        assertEquals("text/calendar", ics.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics.body())).getComponents("VEVENT");
        assertEquals(6, events.size());
        // 25 March 2027 is winter time, 22 April summer time: 09:30 on the wall clock both times.
        assertEquals(Instant.parse("2027-03-25T08:30:00Z"), start(events.get(2)));
        assertEquals(Instant.parse("2027-04-22T07:30:00Z"), start(events.get(3)));
        assertTrue(events.get(3).getSummary().getValue().startsWith("Dag 4: "), events.get(3).getSummary().getValue());
    }

    @Test
    void aFullCohortPutsTheNextApplicantOnTheWaitingListAndAWithdrawalMakesRoom() {
        WebUser coordinator = coordinator();
        Page cohort = create(coordinator, "Lille hold", future("02"), "2");
        cohort = enrol(coordinator, cohort, "Asta", "Holm", "asta.holm@demo.example", "1990-05-01", null);
        cohort = enrol(coordinator, cohort, "Bent", "Krog", "bent.krog@demo.example", "1985-01-20", null);
        Page third = enrol(coordinator, cohort, "Carl", "Due", "carl.due@demo.example", "1992-11-11", null);
        assertTrue(third.messages().contains("venteliste"), third.messages());
        assertEquals(2, third.document().select("#participants tbody tr").size());
        assertEquals(1, third.document().select("form#waiting li").size());

        Page again = enrol(coordinator, third, "Carl", "Due", "CARL.DUE@demo.example", "1992-11-11", null);
        assertTrue(again.messages().contains("allerede søgt"), again.messages());

        Map<String, String> reason = Map.of("participants:table:0:reason", "Flytter til Aarhus");
        Page withdrawn = coordinator.submit(again, "participants", reason, "participants:table:0:withdraw");
        assertTrue(withdrawn.messages().contains("meldt ud"), withdrawn.messages());
        Page admitted = coordinator.submit(withdrawn, "waiting", Map.of(),
                withdrawn.document().select("form#waiting input[type=submit]").first().attr("name"));
        assertEquals(2, admitted.document().select("#participants tbody tr").size());
        assertTrue(admitted.document().select("#participants").text().contains("Carl Due"));
        assertTrue(admitted.document().select("form#waiting").isEmpty());
    }

    @Test
    void someoneOutsideTheAgeRangeIsOnlyEnrolledWithAReasonThatIsAudited() {
        WebUser coordinator = coordinator();
        Page cohort = create(coordinator, "Aldershold", future("03"), "15");
        String born = AppClock.today().minusYears(61).toString();
        Page asked = enrol(coordinator, cohort, "Gerda", "Vang", "gerda.vang@demo.example", born, null);
        assertTrue(asked.messages().contains("aldersgrænse"), asked.messages());
        assertTrue(asked.document().select("#participants tbody tr").isEmpty(), "nothing was saved");
        assertFalse(coordinator.submit(coordinator.get("coordinator/people"), "search",
                Map.of("search:query", "gerda.vang"), "search:find").text().contains("gerda.vang@demo.example"),
                "not even the person");

        Page enrolled = enrol(coordinator, asked, "Gerda", "Vang", "gerda.vang@demo.example", born,
                "Erfaren frivillig i foreningen");
        assertTrue(enrolled.document().select("#participants").text().contains("Erfaren frivillig"), enrolled.text());
        Page audit = coordinator.submit(coordinator.get("coordinator/audit"), "audit",
                Map.of("audit:action", "ENROLMENT_CHANGED"), "audit:search");
        assertTrue(audit.text().contains("age exception: Erfaren frivillig i foreningen"), audit.text());

        // The programme's range is the coordinators' to set: widened, the same age needs no reason.
        Page widened = coordinator.submit(coordinator.get("coordinator/cohorts"), "age",
                Map.of("age:min", "18", "age:max", "70"), "age:save");
        assertTrue(widened.messages().contains("18 til 70"), widened.messages());
        Page withinNow = enrol(coordinator, coordinator.get("coordinator/cohort?" + cohort.uri().getQuery()),
                "Helge", "Munk", "helge.munk@demo.example", born, null);
        assertTrue(withinNow.document().select("#participants").text().contains("Helge Munk"), withinNow.messages());
        coordinator.submit(coordinator.get("coordinator/cohorts"), "age", Map.of("age:min", "18", "age:max", "50"),
                "age:save");
    }

    @Test
    void aDayMovesWithinItsOrderButNotPastItsNeighbours() {
        WebUser coordinator = coordinator();
        Page cohort = create(coordinator, "Flyttehold", future("08"), "15");
        Page moving = coordinator.submit(cohort, "days", Map.of(), "days:table:1:move");
        Page refused = coordinator.submit(moving, "move", Map.of("move:date", future("12") + "-01"), "move:save");
        assertTrue(refused.messages().contains("rækkefølge"), refused.messages());

        Page moved = coordinator.submit(moving, "move", Map.of("move:date", future("09") + "-23"), "move:save");
        assertTrue(moved.messages().contains("Dag 2 er flyttet"), moved.messages());
        assertTrue(moved.document().select("#days").text().contains("23. sep."), moved.document().select("#days").text());
    }

    @Test
    void anApplicantFileWithOneBadRowAmong200ImportsNobodyAndAGoodOneImportsAll() throws Exception {
        WebUser coordinator = coordinator();
        Page cohort = create(coordinator, "Importhold", future("04"), "15");
        StringBuilder file = new StringBuilder("\uFEFFfornavn;efternavn;e-mail\n");
        for (int i = 1; i <= 200; i++) {
            file.append("Kursist;Nummer ").append(i).append(';')
                    .append(i == 137 ? "ingen-snabel-a" : "import" + i + "@demo.example").append('\n');
        }
        Page checked = coordinator.upload(cohort, "import", "import:file", "ansoegere.csv",
                file.toString().getBytes(StandardCharsets.UTF_8), "import:preview");
        assertEquals(1, checked.document().select("#import-problems tbody tr").size(), checked.text());
        assertTrue(checked.document().select("#import-problems tbody tr").text().startsWith("138 E-mail"),
                checked.document().select("#import-problems").text());
        assertTrue(checked.document().select("form#import-confirm").isEmpty(), "no import button while a row is wrong");
        assertTrue(checked.document().select("#participants tbody tr").isEmpty(), "nobody was imported");

        byte[] fixture = Files.readAllBytes(Path.of("src/test/resources/fixtures/applicants-20.csv"));
        Page previewed = coordinator.upload(checked, "import", "import:file", "applicants-20.csv", fixture, "import:preview");
        assertEquals(20, previewed.document().select("#import-rows tbody tr").size(), previewed.text());
        assertTrue(previewed.text().contains("Cecilie Ågård"));
        Page imported = coordinator.submit(previewed, "import-confirm", Map.of(), "import-confirm:save");
        assertTrue(imported.messages().contains("20 ansøgere er importeret"), imported.messages());
        assertEquals(15, imported.document().select("#participants tbody tr").size(), "15 places");
        assertEquals(5, imported.document().select("form#waiting li").size(), "the rest wait, in file order");
        assertTrue(imported.document().select("form#waiting li").first().text().contains("Palle"));
    }

    @Test
    void anApplicantFileAtTheLimitImportsInOneGoAndOneApplicantMoreImportsNobody() {
        WebUser coordinator = coordinator();
        Page cohort = create(coordinator, "Stort hold", future("05"), "30");
        long auditedBefore = enrolmentsAudited(coordinator);
        Page over = coordinator.upload(cohort, "import", "import:file", "alle.csv", applicants(ApplicantFile.MAX_ROWS + 1),
                "import:preview");
        assertEquals(1, over.document().select("#import-problems tbody tr").size(), over.text());
        assertTrue(over.document().select("form#import-confirm").isEmpty(), "nothing to import");

        Page previewed = coordinator.upload(over, "import", "import:file", "alle.csv", applicants(ApplicantFile.MAX_ROWS),
                "import:preview");
        assertEquals(ApplicantFile.MAX_ROWS, previewed.document().select("#import-rows tbody tr").size());
        Page imported = coordinator.submit(previewed, "import-confirm", Map.of(), "import-confirm:save");
        assertEquals(30, imported.document().select("#participants tbody tr").size(), imported.messages());
        assertEquals(ApplicantFile.MAX_ROWS - 30, imported.document().select("form#waiting li").size(),
                "the rest wait, in file order");
        assertTrue(imported.document().select("form#waiting li").first().text().contains("Nummer 31"));
        assertEquals(auditedBefore + ApplicantFile.MAX_ROWS, enrolmentsAudited(coordinator),
                "every enrolment is audited, as one made by hand");
    }

    /** The total of the audit log's paginator ("1-25 / 1234") for enrolment changes. */
    private static long enrolmentsAudited(WebUser coordinator) {
        Page audit = coordinator.submit(coordinator.get("coordinator/audit"), "audit",
                Map.of("audit:action", "ENROLMENT_CHANGED"), "audit:search");
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("/ (\\d+)")
                .matcher(audit.document().select(".ui-paginator-current").text());
        assertTrue(total.find(), audit.document().select(".ui-paginator").text());
        return Long.parseLong(total.group(1));
    }

    private static byte[] applicants(int rows) {
        StringBuilder file = new StringBuilder("fornavn;efternavn;e-mail\n");
        for (int i = 1; i <= rows; i++) {
            file.append("Kursist;Nummer ").append(i).append(";stort").append(i).append("@demo.example\n");
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aMovedTraineeContinuesInTheOtherCohortAndKeepsTheAttendanceRecordedSoFar() {
        WebUser coordinator = coordinator();
        Page target = create(coordinator, "Efterårshold 2027", future("09"), "15");
        assertTrue(target.uri().getQuery() != null && target.uri().getQuery().startsWith("id="),
                "the target cohort was created: " + target.uri() + " " + target.messages());
        Page dashboard = coordinator.get("coordinator/");
        Page running = coordinator.click(dashboard, dashboard.document().select("#running a:contains(Hold efterår)").first().attr("href"));
        String enrolment = running.document().select("select[name=move-trainee:trainee] option").stream()
                .filter(o -> o.text().equals("Nikolaj Haddad")).findFirst().orElseThrow().attr("value");
        String targetId = target.uri().getQuery().replace("id=", "");
        assertTrue(running.document().select("select[name=move-trainee:target] option[value=" + targetId + "]").size() == 1,
                "the new cohort is offered: " + running.document().select("select[name=move-trainee:target]").outerHtml());
        Page moved = coordinator.submit(running, "move-trainee", Map.of("move-trainee:trainee", enrolment,
                "move-trainee:target", targetId, "move-trainee:reason", "Nattevagter i efteråret"), "move-trainee:save");
        assertTrue(moved.messages().contains("fortsætter på Efterårshold 2027"), moved.messages() + " "
                + moved.document().select("#move-trainee").outerHtml());
        assertFalse(moved.document().select("#participants").text().contains("Nikolaj Haddad"));
        assertTrue(moved.text().contains("Nikolaj Haddad: Udmeldt"));
        assertTrue(coordinator.get("coordinator/cohort?id=" + targetId).document().select("#participants").text()
                .contains("Nikolaj Haddad"));

        Page found = coordinator.submit(coordinator.get("coordinator/people"), "search",
                Map.of("search:query", "nikolaj.haddad"), "search:find");
        JsonObject export = Json.createReader(new StringReader(coordinator.get(found.document()
                .select("a[href*=person-data]").first().attr("href").replaceAll("^.*?coordinator/", "coordinator/"))
                .body())).readObject();
        JsonArray enrolments = export.getJsonArray("enrolments");
        assertEquals(2, enrolments.size(), export.toString());
        JsonObject before = enrolments.stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("status").equals("WITHDRAWN")).findFirst().orElseThrow();
        assertFalse(before.getJsonArray("attendance").isEmpty(), "the days attended before the move stay on record");
    }

    @Test
    void aPlannedCohortIsEditedRescheduledAndCancelledAndAStaleEditChangesNothing() {
        WebUser first = coordinator();
        WebUser second = coordinator();
        Page cohort = create(first, "Redigeringshold", future("10"), "15");
        Page secondView = second.get("coordinator/cohort?" + cohort.uri().getQuery());

        Page saved = first.submit(cohort, "details", Map.of("details:name", "Redigeret hold", "details:capacity", "20"),
                "details:save");
        assertTrue(saved.messages().contains("Redigeret hold er gemt"), saved.messages());
        Page stale = second.submit(secondView, "details", Map.of("details:place", "Et andet sted"), "details:save");
        assertTrue(stale.messages().contains("En anden har ændret"), stale.messages());
        assertFalse(first.get("coordinator/cohort?" + cohort.uri().getQuery()).text().contains("Et andet sted"));

        Page rescheduled = first.submit(saved, "reschedule",
                Map.of("reschedule:month", future("11"), "reschedule:week", "1", "reschedule:day", "MONDAY"), "reschedule:save");
        assertTrue(rescheduled.messages().contains("nye datoer"), rescheduled.messages());
        assertTrue(rescheduled.document().select("#days tbody tr").first().text().contains(DateTimeFormatter.ofPattern("d. MMM yyyy", Language.DA.locale())
                        .format(YearMonth.parse(future("11")).atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)))),
                rescheduled.document().select("#days").text());

        Page cancelled = first.submit(rescheduled, "cancel", Map.of("cancel:reason", "For få ansøgere"), "cancel:confirm");
        assertTrue(cancelled.document().select(".lead .status").text().contains("Aflyst"), cancelled.text());
    }

    @Test
    void theDashboardAgreesWithTheTrainersAttendanceSheet() {
        WebUser trainer = WebUser.loggedIn(app, "trainer@demo.example", PASSWORD);
        Page trainerHome = trainer.get("trainer/");
        String cohortName = Demo.runningCohort();
        Page sheet = trainer.click(trainerHome, trainerHome.document().select(".unit-card a:contains(" + cohortName + ")")
                .first().attr("href"));
        List<String> attendedWords = List.of("Mødt", "Kom for sent", "Gik tidligt");
        long marks = 0;
        long attended = 0;
        int held = 0;
        for (int day = 0; day < 6; day++) {
            int column = day + 2;
            boolean anyMark = sheet.document().select("#sheet tbody tr td:nth-child(" + column + ")").stream()
                    .anyMatch(td -> !td.text().equals("–"));
            held += anyMark ? 1 : 0;
        }
        for (var row : sheet.document().select("#sheet tbody tr:not(.withdrawn)")) {
            long rowAttended = row.select("td").stream().filter(td -> attendedWords.contains(td.text())).count();
            long rowMarks = row.select("td").stream().limit(6).filter(td -> !td.text().equals("–")).count();
            marks += rowMarks;
            attended += rowAttended;
        }
        int atRisk = sheet.document().select("#at-risk > li").size();
        int trainees = sheet.document().select("#sheet tbody tr:not(.withdrawn)").size();

        Page dashboard = coordinator().get("coordinator/");
        var row = dashboard.document().select("#running tbody tr:contains(" + cohortName + ")").first();
        assertTrue(row != null, dashboard.text());
        List<String> cells = row.select("td").eachText();
        assertEquals(held + " / 6", cells.get(0));
        assertEquals(Math.round(100.0 * attended / marks) + " %", cells.get(1));
        assertEquals(Integer.toString(trainees), cells.get(2));
        assertEquals(Long.toString(atRisk), cells.get(3));
    }

    @Test
    void aTraineeSubscribesToTheirTeachingDaysAndCanStopIt() throws Exception {
        WebUser trainee = WebUser.loggedIn(app, "trainee@demo.example", PASSWORD);
        Page home = trainee.get("trainee/");
        Page created = trainee.submit(home, "feed", Map.of(), "feed:renew");
        String address = created.document().getElementById("feed-address").text();
        String path = address.substring(address.indexOf("feeds/"));

        WebUser calendarApp = new WebUser(app);
        Page feed = calendarApp.get(path);
        assertEquals(200, feed.status());
        assertEquals(6, new CalendarBuilder().build(new StringReader(feed.body())).getComponents("VEVENT").size());

        Page renewed = trainee.submit(created, "feed", Map.of(), "feed:renew");
        String second = renewed.document().getElementById("feed-address").text();
        assertEquals(404, calendarApp.get(path).status(), "a new address retires the old one");
        assertEquals(200, calendarApp.get(second.substring(second.indexOf("feeds/"))).status());

        Page stopped = trainee.submit(renewed, "feed", Map.of(), "feed:stop");
        assertTrue(stopped.messages().contains("virker ikke længere"), stopped.messages());
        assertEquals(404, calendarApp.get(second.substring(second.indexOf("feeds/"))).status());
    }

    @Test
    void theCohortListAndTheAttendanceMatrixGoToASpreadsheet() throws Exception {
        WebUser trainer = WebUser.loggedIn(app, "trainer@demo.example", PASSWORD);
        Page home = trainer.get("trainer/");
        String cohortHref = home.document().select(".unit-card a:contains(" + Demo.runningCohort() + ")").first().attr("href");
        String cohortId = cohortHref.replaceAll(".*id=", "");
        int trainees = trainer.click(home, cohortHref).document().select("#sheet tbody tr").size();
        WebUser.Download xlsx = trainer.download("exports/attendance.xlsx?cohort=" + cohortId);
        assertEquals(200, xlsx.status());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Kursist", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(trainees + 1, sheet.getLastRowNum(), "a row per trainee under the header, then the rate per day");
            assertTrue(sheet.getRow(trainees + 1).getCell(0).getStringCellValue().startsWith("Fremmøde"));
        }
        Page csv = coordinator().get("exports/cohorts.csv");
        assertEquals("text/csv", csv.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(csv.body().contains("Uddannelse;Hold;Status;"), csv.body());
        assertTrue(csv.body().contains("Hold efterår"), csv.body());
    }

    private WebUser coordinator() {
        return WebUser.loggedIn(app, "coordinator@demo.example", PASSWORD);
    }

    private static Page propose(WebUser coordinator, String name, String month, String week, String day, String capacity) {
        Map<String, String> fields = new HashMap<>(Map.of("create:name", name, "create:place", "Havnegade 12",
                "create:capacity", capacity, "create:firstMonth", month, "create:week", week,
                "create:dayOfWeek", day, "create:startsAt", "09:30", "create:endsAt", "15:00"));
        Page cohorts = coordinator.get("coordinator/cohorts");
        fields.put("create:programme", Demo.programmeOption(cohorts));
        return coordinator.submit(cohorts, "create", fields, "create:propose");
    }

    /**
     * A month of the year after next, as the month field takes it: a cohort planned then is planned
     * whatever date the tests run on ({@link AppClock}).
     */
    private static String future(String month) {
        return (AppClock.today().getYear() + 2) + "-" + month;
    }

    private static Page create(WebUser coordinator, String name, String month, String capacity) {
        Page proposed = propose(coordinator, name, month, "2", "TUESDAY", capacity);
        return coordinator.follow(coordinator.submit(proposed, "create", Map.of(), "create:save"));
    }

    private static Page enrol(WebUser coordinator, Page cohort, String given, String family, String email, String born,
            String ageReason) {
        Map<String, String> fields = new HashMap<>(Map.of("enrol:given", given, "enrol:family", family,
                "enrol:email", email, "enrol:birth", born, "enrol:language", "DA"));
        if (ageReason != null) {
            fields.put("enrol:ageReason", ageReason);
        }
        return coordinator.submit(cohort, "enrol", fields, "enrol:save");
    }

    private static Instant start(VEvent event) {
        return ((ZonedDateTime) event.getDateTimeStart().getDate()).toInstant();
    }
}
