package dk.peermentor.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import dk.peermentor.attendance.AttendanceStatus;
import dk.peermentor.platform.Time;
import dk.peermentor.testing.FacesHttpClient;
import dk.peermentor.testing.RollCallForm;

/**
 * Losing a node of the two-instance cluster (server-config/cluster/) behind nginx, as the people using
 * it would notice: a trainer marking a roll call carries on through the other instance without logging
 * in again and loses no acknowledged mark; a coordinator's certificate ZIP cut off by the crash of its
 * instance changes nothing in the database and downloads whole through the other instance.
 * Run with {@code mvn -B -ntp verify -Pcluster} (it starts and removes the cluster itself).
 */
@TestMethodOrder(OrderAnnotation.class)
@Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
class NodeLossClusterCheck {

    static final String PASSWORD = "peer-demo-2026";
    static final ResourceBundle DANISH = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("da"));

    static LocalCluster cluster;
    /** The instance the roll-call test killed, which the export test starts again. */
    static String killed = "A";

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = LocalCluster.start(Duration.ofMinutes(8));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(0)
    void sixteenPeopleLogInAtOnceAndEachStaysOnTheInstanceThatHoldsTheirSession() throws Exception {
        // Right after the start, as on a Monday morning after an upgrade: first visits go round robin,
        // and from the login on, nginx sends each session to the instance named at the end of its id.
        List<Callable<String>> people = new ArrayList<>();
        for (int person = 0; person < 16; person++) {
            people.add(() -> {
                Client coordinator = new Client(cluster.url());
                coordinator.logIn("coordinator@demo.example");
                String session = coordinator.http.cookie("JSESSIONID").orElseThrow();
                String home = session.substring(session.lastIndexOf('.') + 1);
                for (int page = 0; page < 3; page++) {
                    HttpResponse<String> coordinatorPage = coordinator.http.get(coordinator.base.resolve("coordinator/"));
                    assertEquals(200, coordinatorPage.statusCode(), "the coordinator's page after the login");
                    assertEquals(home, servedBy(coordinatorPage), "the instance answering session " + session);
                }
                return home;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        Map<String, Integer> sessionsPerInstance = new java.util.TreeMap<>();
        try {
            for (Future<String> home : pool.invokeAll(people)) {
                sessionsPerInstance.merge(home.get(), 1, Integer::sum);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Set.of("A", "B"), sessionsPerInstance.keySet(), "instances holding the 16 sessions");
        System.out.println("== 16 logins at once through nginx: all logged in, each session on its own instance "
                + sessionsPerInstance);
    }

    @Test
    @Order(1)
    void marksDuringADatabaseRestartFailPlainlyAndBothInstancesCarryOnAfterwards() throws Exception {
        long day = teachingDayToday("trainer@demo.example");
        Client trainer = new Client(cluster.url());
        trainer.logIn("trainer@demo.example");
        RollCallPage page = trainer.openRollCall(day);
        Map<Integer, AttendanceStatus> acknowledged = new LinkedHashMap<>();
        String home = trainer.mark(page, 0, AttendanceStatus.PRESENT);
        acknowledged.put(0, AttendanceStatus.PRESENT);

        cluster.database("stop");
        // Two taps while the database is down: refused, and said plainly.
        for (int t = 1; t <= 2; t++) {
            Answer refused = trainer.send(page, t, AttendanceStatus.LATE);
            assertFalse(refused.saved(), "a mark was acknowledged while the database was down: " + refused.servedBy());
            assertFalse(refused.body().contains("Exception") || refused.body().contains("\tat "),
                    "a stack trace in the answer: " + refused.body());
            System.out.println("== tap during the outage through " + refused.servedBy() + ": HTTP " + refused.status());
        }
        cluster.database("start");
        // Without restarting anything: both instances find the database again by themselves.
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!(LocalCluster.ready(LocalCluster.PORT_A) && LocalCluster.ready(LocalCluster.PORT_B))) {
            assertTrue(System.nanoTime() < until, "the instances did not report ready within 60 s of the restart");
            Thread.sleep(500);
        }
        Set<String> servedAfter = new HashSet<>();
        for (int t = 1; t <= 4; t++) {
            servedAfter.add(trainer.mark(page, t, AttendanceStatus.EXCUSED));
            acknowledged.put(t, AttendanceStatus.EXCUSED);
        }
        assertEquals(Set.of(home), servedAfter, "instances that saved marks after the restart");
        Map<Long, String> stored = marksInDatabase(day);
        acknowledged.forEach((t, status) -> assertEquals(status.name(), stored.get(page.enrolments.get(t)),
                "stored mark of trainee " + t));
        System.out.println("== database restart: taps during the outage refused plainly; " + acknowledged.size()
                + " acknowledged marks stored, both instances ready again, no restart of either");
    }

    @Test
    @Order(2)
    void aTrainerKeepsMarkingThroughTheOtherInstanceWhenOneIsKilled() throws Exception {
        long day = teachingDayToday("trainer@demo.example");
        Client trainer = new Client(cluster.url());
        trainer.logIn("trainer@demo.example");
        RollCallPage page = trainer.openRollCall(day);
        int trainees = page.form.buttons.size();
        assertTrue(trainees >= 6, "trainees on the roll call: " + trainees);

        Map<Integer, AttendanceStatus> acknowledged = new LinkedHashMap<>();
        Set<String> servedBefore = new HashSet<>();
        int half = trainees / 2;
        for (int t = 0; t < half; t++) {
            AttendanceStatus status = statusFor(t);
            servedBefore.add(trainer.mark(page, t, status));
            acknowledged.put(t, status);
        }
        // Sticky sessions: the marks so far went to the instance that holds the session. It dies.
        assertEquals(1, servedBefore.size(), "instances that answered before the kill: " + servedBefore);
        killed = servedBefore.iterator().next();
        String other = killed.equals("A") ? "B" : "A";
        cluster.kill(killed);

        for (int t = half; t < trainees; t++) {
            AttendanceStatus status = statusFor(t);
            String servedBy = trainer.mark(page, t, status);
            assertEquals(other, servedBy, "mark of trainee " + t + " after the kill");
            acknowledged.put(t, status);
        }

        // In the database: every acknowledged mark, with the status the trainer was told.
        Map<Long, String> stored = marksInDatabase(day);
        for (Map.Entry<Integer, AttendanceStatus> mark : acknowledged.entrySet()) {
            assertEquals(mark.getValue().name(), stored.get(page.enrolments.get(mark.getKey())),
                    "stored mark of trainee " + mark.getKey());
        }
        // On the page opened afresh (through the other instance): every mark shown as made.
        RollCallPage reloaded = trainer.openRollCall(day);
        for (Map.Entry<Integer, AttendanceStatus> mark : acknowledged.entrySet()) {
            assertEquals(DANISH.getString("attendance.status." + mark.getValue()), reloaded.pressed.get(mark.getKey()),
                    "reloaded page, trainee " + mark.getKey());
        }
        System.out.println("== roll call: " + acknowledged.size() + " marks acknowledged (" + half
                + " before the kill, through " + killed + "; " + (trainees - half) + " after, through " + other
                + ", with the session and the page's view state from the data grid), all in the database and on"
                + " the reloaded page, no new login");
    }

    @Test
    @Order(3)
    void anInterruptedCertificateExportChangesNothingAndRunsAgainThroughTheOtherInstance() throws Exception {
        // The instance killed in the test before comes back and joins the data grid: two instances again.
        cluster.startInstance(killed, Duration.ofMinutes(5));
        long cohort = cohortWithCertificates();
        List<String> before = certificatesInDatabase();
        int valid = (int) before.stream().filter(row -> row.endsWith("valid")).count();
        Client coordinator = new Client(cluster.url());
        coordinator.logIn("coordinator@demo.example");

        // The first export: as soon as its answer starts, its instance dies.
        URI zip = coordinator.base.resolve("coordinator/certificates.zip?cohort=" + cohort);
        HttpResponse<InputStream> first = coordinator.http.get(zip, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, first.statusCode(), "first export");
        String dying = servedBy(first);
        cluster.kill(dying);
        byte[] partial = readUntilBroken(first.body());
        int entriesFirst = pdfEntries(partial, true).size();
        System.out.println("== first export through " + dying + ": " + partial.length + " bytes, " + entriesFirst
                + " of " + valid + " certificates readable before the connection broke");
        if (entriesFirst == valid) {
            // The cohort's ZIP is small: on an idle machine it may be complete before the kill lands.
            System.out.println("   WARNING: the first export was complete before its instance died;"
                    + " this run did not exercise an interrupted export");
        }

        assertEquals(before, certificatesInDatabase(), "certificates after the interrupted export");

        // Again, through the instance that is left, in the same session.
        HttpResponse<byte[]> second = coordinator.http.get(zip, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, second.statusCode(), "second export");
        assertFalse(servedBy(second).equals(dying), "the second export was answered by the killed instance");
        List<String> names = pdfEntries(second.body(), false);
        assertEquals(valid, names.size(), "certificates in the second ZIP: " + names);
        assertEquals(valid, new HashSet<>(names).size(), "distinct names in the ZIP: " + names);
        assertEquals(before, certificatesInDatabase(), "certificates after the second export");
        System.out.println("== second export through " + servedBy(second) + ": " + names.size()
                + " valid PDF certificates " + names);
    }

    static AttendanceStatus statusFor(int trainee) {
        return AttendanceStatus.values()[trainee % AttendanceStatus.values().length];
    }

    /** The trainer's running cohort gets its next teaching day today (Copenhagen), so its roll call is open. */
    private static long teachingDayToday(String trainerEmail) throws SQLException {
        LocalDate today = LocalDate.now(Time.ZONE);
        try (Connection db = cluster.database();
                PreparedStatement next = db.prepareStatement("""
                        select d.id from teaching_day d
                        join trainer_assignment a on a.cohort_id = d.cohort_id
                        join person p on p.id = a.person_id
                        where p.email = ? and d.day_date >= ? order by d.day_date, d.sequence limit 1""")) {
            next.setString(1, trainerEmail);
            next.setObject(2, today);
            long id;
            try (ResultSet row = next.executeQuery()) {
                assertTrue(row.next(), "the demo trainer has no teaching day ahead");
                id = row.getLong(1);
            }
            try (PreparedStatement move = db.prepareStatement("update teaching_day set day_date = ? where id = ?")) {
                move.setObject(1, today);
                move.setLong(2, id);
                move.executeUpdate();
            }
            return id;
        }
    }

    private static Map<Long, String> marksInDatabase(long day) throws SQLException {
        Map<Long, String> marks = new HashMap<>();
        try (Connection db = cluster.database();
                PreparedStatement query = db.prepareStatement(
                        "select enrolment_id, status from attendance where teaching_day_id = ?")) {
            query.setLong(1, day);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    marks.put(rows.getLong(1), rows.getString(2));
                }
            }
        }
        return marks;
    }

    private static long cohortWithCertificates() throws SQLException {
        try (Connection db = cluster.database();
                ResultSet row = db.createStatement().executeQuery("""
                        select e.cohort_id from certificate c join enrolment e on e.id = c.enrolment_id
                        where c.revoked_at is null group by e.cohort_id order by count(*) desc limit 1""")) {
            assertTrue(row.next(), "no cohort with certificates in the demo data");
            return row.getLong(1);
        }
    }

    /** Every certificate with what must never change, and the counters: one line each. */
    private static List<String> certificatesInDatabase() throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection db = cluster.database();
                ResultSet rows = db.createStatement().executeQuery("""
                        select id, enrolment_id, number, issue_year, serial, verification_code, issued_on, version,
                        case when revoked_at is null then 'valid' else 'revoked' end from certificate order by id""")) {
            while (rows.next()) {
                StringBuilder line = new StringBuilder();
                for (int column = 1; column <= 9; column++) {
                    line.append(column > 1 ? " " : "").append(rows.getString(column));
                }
                lines.add(line.toString());
            }
        }
        try (Connection db = cluster.database();
                ResultSet rows = db.createStatement().executeQuery("select * from certificate_counter order by 1")) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder line = new StringBuilder("counter");
                for (int column = 1; column <= columns; column++) {
                    line.append(' ').append(rows.getString(column));
                }
                lines.add(line.toString());
            }
        }
        return lines;
    }

    private static String servedBy(HttpResponse<?> response) {
        String upstreams = response.headers().firstValue("X-Upstream").orElseThrow(
                () -> new AssertionError("no X-Upstream header: is nginx started with CLUSTER_TEST=1?"));
        // After a failed first try nginx lists every upstream it tried; the last one answered.
        String last = upstreams.substring(upstreams.lastIndexOf(',') + 1).strip();
        return LocalCluster.instanceOfPort(last.substring(last.lastIndexOf(':') + 1));
    }

    private static byte[] readUntilBroken(InputStream body) {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (body) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                read.write(buffer, 0, n);
            }
        } catch (IOException broken) {
            System.out.println("   the download broke off: " + broken);
        }
        return read.toByteArray();
    }

    /** The names of the ZIP's entries, each checked to be a whole PDF of one page; tolerant of a cut-off end if asked. */
    private static List<String> pdfEntries(byte[] zip, boolean mayBeCut) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream entries = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                byte[] pdf = entries.readAllBytes();
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    assertEquals(1, document.getNumberOfPages(), entry.getName());
                }
                names.add(entry.getName());
            }
        } catch (IOException cut) {
            if (!mayBeCut) {
                throw cut;
            }
        }
        return names;
    }

    /** One visitor through nginx: own cookies, no automatic redirects. */
    static final class Client {

        final URI base;
        final FacesHttpClient http = new FacesHttpClient(Duration.ofSeconds(60));

        Client(String url) {
            this.base = URI.create(url);
        }

        void logIn(String email) throws Exception {
            logIn(email, base, base);
        }

        /** Logs in with the form from {@code formFrom}, posted to {@code postTo} (nginx, or an instance). */
        void logIn(String email, URI formFrom, URI postTo) throws Exception {
            HttpResponse<String> answer = http.submitLogin(formFrom, postTo, email, PASSWORD);
            assertEquals(302, answer.statusCode(), "login of " + email + " through " + postTo + ": " + answer.body());
            assertFalse(answer.headers().firstValue("Location").orElse("").contains("/login"), "login of " + email);
        }

        RollCallPage openRollCall(long day) throws Exception {
            URI uri = base.resolve("trainer/roll-call?day=" + day);
            HttpResponse<String> response = http.get(uri);
            assertEquals(200, response.statusCode(), uri + " " + response.headers().firstValue("Location").orElse(""));
            return new RollCallPage(uri, response);
        }

        /** One tap, as PrimeFaces sends it; returns the instance that answered. Fails unless the mark was saved. */
        String mark(RollCallPage page, int trainee, AttendanceStatus status) throws Exception {
            Answer answer = send(page, trainee, status);
            if (!answer.saved()) {
                throw new AssertionError("mark of trainee " + trainee + " " + status + " through " + answer.servedBy()
                        + " not saved: " + answer.status() + " " + answer.body().substring(0, Math.min(answer.body().length(), 800)));
            }
            return answer.servedBy();
        }

        Answer send(RollCallPage page, int trainee, AttendanceStatus status) throws Exception {
            String button = page.form.buttons.get(trainee).get(DANISH.getString("attendance.status." + status));
            HttpResponse<String> response = http.post(page.form.action, page.form.tap(button), true);
            boolean saved = page.form.accepted(response, button);
            return new Answer(servedBy(response), saved, response.statusCode(), response.body());
        }
    }

    /** The answer to one tap: who answered, whether the mark was saved, and what came back. */
    record Answer(String servedBy, boolean saved, int status, String body) {
    }

    /** What the test needs of a roll-call page: the form to tap, and per line the pressed mark and the enrolment. */
    static final class RollCallPage {

        final RollCallForm form;
        /** Per line: the label of the pressed button, if any. */
        final List<String> pressed = new ArrayList<>();
        /** Per line: the enrolment id. */
        final List<Long> enrolments = new ArrayList<>();

        RollCallPage(URI uri, HttpResponse<String> response) {
            form = new RollCallForm(uri, response);
            for (Element line : form.document.select(".roll-call__line")) {
                pressed.add(line.select(".roll-call__marks button[aria-pressed=true]").text());
                // The name's element is "name-<enrolment id>": the page's own label for the line's buttons.
                enrolments.add(Long.valueOf(line.selectFirst(".roll-call__name").id().substring("name-".length())));
            }
        }
    }
}
