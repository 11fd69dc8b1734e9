package dk.peermentor.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import dk.peermentor.testing.FacesHttpClient;
import dk.peermentor.testing.RollCallForm;


/**
 * The load and page-time harness for a running application at any base URL (one instance, or the
 * cluster behind nginx): real HTTP with a session per user, the login form, and roll-call marks as
 * the PrimeFaces partial requests a tap sends, carrying the view state (see {@link RollCallBench}).
 * A plain program, not a test, because it measures a server someone else started:
 *
 * <pre>
 * java -cp ... dk.peermentor.bench.HttpLoad pages BASE_URL [requests]       # scale: page times
 * java -cp ... dk.peermentor.bench.HttpLoad load BASE_URL JDBC_URL USER PASSWORD [seconds [warm-up seconds]]
 * </pre>
 *
 * {@code load} first adds (once) ten cohorts with a teaching day today through JDBC, then runs a
 * teaching day's mix (after a warm-up, 20 s unless given) for the given seconds and finally checks in the database that every
 * acknowledged mark is there with the status sent. The figures go to stdout and target/bench/.
 * Exits 1 on any error or lost mark.
 */
public final class HttpLoad {

    static final String PASSWORD = "peer-demo-2026";
    static final String API_TOKEN = "demo-matching-token-2026";
    static final int LOAD_COHORTS = 10;
    static final int LOAD_TRAINEES = 30;
    static final long LOAD_IDS = 20_000_000L;

    private static final ResourceBundle DANISH = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("da"));
    private static final String[] STATUSES = {"PRESENT", "LATE", "PRESENT", "LEFT_EARLY", "PRESENT", "EXCUSED", "ABSENT"};

    private HttpLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: pages BASE_URL [requests] | load BASE_URL JDBC_URL USER PASSWORD [seconds]");
            System.exit(2);
        }
        URI base = URI.create(args[1].endsWith("/") ? args[1] : args[1] + "/");
        boolean ok = switch (args[0]) {
            case "pages" -> pages(base, args.length > 2 ? Integer.parseInt(args[2]) : 50);
            case "load" -> load(base, args[2], args[3], args[4], args.length > 5 ? Integer.parseInt(args[5]) : 60,
                    args.length > 6 ? Integer.parseInt(args[6]) : 20);
            default -> throw new IllegalArgumentException(args[0]);
        };
        System.exit(ok ? 0 : 1);
    }

    // ---------------------------------------------------------------- scale: page times

    /**
     * Times the pages a coordinator waits for on a big database, each after 10 warm-up requests,
     * one request at a time. The cohort, certificate and code are the generator's (generate.sql).
     */
    static boolean pages(URI base, int requests) throws Exception {
        User coordinator = new User(base, "coordinator@demo.example");
        coordinator.logIn();
        // The attendance matrix is the cohort's trainer's page.
        User trainer = new User(base, System.getProperty("trainer.email", "trainer@demo.example"));
        trainer.logIn();
        String code = Optional.ofNullable(System.getProperty("verify.code")).orElse("1SKVXZ");
        Map<String, URI> pages = new LinkedHashMap<>();
        pages.put("coordinator dashboard /coordinator/", base.resolve("coordinator/"));
        pages.put("attendance matrix /trainer/cohort?id=", base.resolve("trainer/cohort?id="
                + System.getProperty("cohort.id", "1001990")));
        pages.put("eligible pool, first page /coordinator/matching", base.resolve("coordinator/matching"));
        pages.put("eligible pool, first page /api/v1/eligible-mentors", base.resolve("api/v1/eligible-mentors"));
        pages.put("certificate verify page /verify?code=", base.resolve("verify?code=" + code));
        StringBuilder report = new StringBuilder("| page | requests | p50 | p95 | max | bytes | under 200 ms (p95) |\n"
                + "|---|---|---|---|---|---|---|\n");
        boolean ok = true;
        for (Map.Entry<String, URI> page : pages.entrySet()) {
            boolean api = page.getValue().getPath().contains("/api/");
            List<Long> times = new ArrayList<>();
            int bytes = 0;
            for (int i = 0; i < 10 + requests; i++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(page.getValue()).GET();
                if (api) {
                    request.header("Authorization", "Bearer " + API_TOKEN).header("Accept", "application/json");
                }
                long began = System.nanoTime();
                User user = page.getValue().getPath().startsWith("/trainer/") ? trainer : coordinator;
                HttpResponse<String> response = user.http.send(request, HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - began;
                if (response.statusCode() != 200) {
                    System.err.println(page.getKey() + ": " + response.statusCode() + " " + response.body()
                            .substring(0, Math.min(300, response.body().length())));
                    ok = false;
                    break;
                }
                bytes = response.body().length();
                if (i >= 10) {
                    times.add(took);
                }
            }
            if (times.isEmpty()) {
                continue;
            }
            Collections.sort(times);
            boolean fast = percentile(times, 95) < 200_000_000L;
            report.append(String.format("| %s | %d | %s ms | %s ms | %s ms | %,d | %s |%n", page.getKey(), times.size(),
                    millis(percentile(times, 50)), millis(percentile(times, 95)), millis(times.get(times.size() - 1)),
                    bytes, fast ? "yes" : "**no**"));
        }
        report.append("\nLoad average after: ").append(loadAverage()).append('\n');
        System.out.println(report);
        write("scale-pages.md", report.toString());
        return ok;
    }

    // ---------------------------------------------------------------- load: a teaching day's mix

    /**
     * Runs the mix for {@code warmUp} seconds unmeasured (the JIT, Faces' first renders, the pools),
     * then {@code seconds} measured; errors count in both, and every acknowledged mark is checked.
     */
    static boolean load(URI base, String jdbc, String user, String password, int seconds, int warmUp) throws Exception {
        List<Long> certificates;
        try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
            prepareTeachingDay(db);
            certificates = ids(db, "select id from certificate where revoked_at is null order by id", 200);
        }
        if (certificates.isEmpty()) {
            throw new IllegalStateException("no certificates to download: start the application with the demo data");
        }
        Stats stats = new Stats();
        stats.measureFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmUp);
        long end = stats.measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        List<Runnable> users = new ArrayList<>();
        // Ten trainers taking the roll call, a tap every second (faster than people tap).
        for (int c = 0; c < LOAD_COHORTS; c++) {
            int cohort = c;
            users.add(() -> trainer(base, cohort, end, stats, acknowledged));
        }
        // Ten trainees: log in, read the day's unit a few times, leave; again.
        for (int t = 0; t < 10; t++) {
            int trainee = t;
            users.add(() -> trainee(base, trainee, end, stats));
        }
        // Two coordinators downloading certificates.
        for (int k = 0; k < 2; k++) {
            int offset = k;
            users.add(() -> coordinator(base, certificates, offset, end, stats));
        }
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        List<Future<?>> done = users.stream().map(pool::submit).collect(Collectors.toList());
        for (Future<?> f : done) {
            try {
                f.get(warmUp + seconds + 120L, TimeUnit.SECONDS);
            } catch (Exception e) {
                stats.error("harness", e.toString());
            }
        }
        pool.shutdownNow();
        double wall = (System.nanoTime() - stats.measureFrom) / 1e9;

        // Every acknowledged mark must be in the database with the status last sent.
        int lost = 0;
        try (Connection db = DriverManager.getConnection(jdbc, user, password);
                PreparedStatement query = db.prepareStatement(
                        "select status from attendance where enrolment_id = ? and teaching_day_id = ?")) {
            for (Map.Entry<String, String> mark : acknowledged.entrySet()) {
                String[] key = mark.getKey().split(":");
                query.setLong(1, Long.parseLong(key[0]));
                query.setLong(2, Long.parseLong(key[1]));
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next() || !row.getString(1).equals(mark.getValue())) {
                        lost++;
                        System.err.println("LOST: enrolment " + key[0] + " day " + key[1] + " " + mark.getValue());
                    }
                }
            }
        }
        String report = stats.report(wall) + String.format("%nAcknowledged marks checked in the database: %d, missing or"
                + " different: %d. Wall time %.1f s. Load average after: %s%n", acknowledged.size(), lost, wall, loadAverage());
        System.out.println(report);
        write("load.md", report);
        stats.errors.stream().limit(20).forEach(System.err::println);
        return lost == 0 && stats.errors.isEmpty() && !acknowledged.isEmpty();
    }

    private static void trainer(URI base, int cohort, long end, Stats stats, Map<String, String> acknowledged) {
        try {
            User trainer = new User(base, String.format("belastning.underviser.%02d@example.org", cohort));
            stats.time("login", () -> trainer.logIn());
            if (!trainer.landedOn.contains("roll-call?day=")) {
                stats.error("login", trainer.email + " landed on " + trainer.landedOn);
                return;
            }
            RollCall roll = stats.time("roll-call page", () -> new RollCall(trainer, URI.create(trainer.landedOn)));
            long next = System.nanoTime();
            for (int tap = 0; System.nanoTime() < end; tap++) {
                int line = tap % roll.lines.size();
                String status = STATUSES[(tap / roll.lines.size() + line + cohort) % STATUSES.length];
                long[] key = roll.keyOf(line);
                boolean ok = stats.time("roll-call mark", () -> roll.mark(line, status));
                if (ok) {
                    acknowledged.put(key[0] + ":" + key[1], status);
                } else {
                    stats.error("roll-call mark", trainer.email + " line " + line + ": " + roll.lastError);
                }
                next += TimeUnit.SECONDS.toNanos(1);
                pauseUntil(next);
            }
        } catch (Exception e) {
            stats.error("trainer", e.toString());
        }
    }

    private static void trainee(URI base, int number, long end, Stats stats) {
        String[] units = {"recovery", "recovery", "recovery"};
        try {
            for (int visit = 0; System.nanoTime() < end; visit++) {
                User trainee = new User(base, String.format("belastning.kursist.%02d.%02d@example.org",
                        number % LOAD_COHORTS, (number + visit) % LOAD_TRAINEES));
                stats.time("login", () -> trainee.logIn());
                for (String unit : units) {
                    if (System.nanoTime() >= end) {
                        break;
                    }
                    HttpResponse<String> page = stats.time("material page", () -> trainee.get(base.resolve("trainee/unit?unit=" + unit)));
                    if (page.statusCode() != 200 || !page.body().contains("<h1")) {
                        stats.error("material page", trainee.email + ": " + page.statusCode());
                    }
                    pauseUntil(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500));
                }
            }
        } catch (Exception e) {
            stats.error("trainee", e.toString());
        }
    }

    private static void coordinator(URI base, List<Long> certificates, int offset, long end, Stats stats) {
        try {
            User coordinator = new User(base, "coordinator@demo.example");
            stats.time("login", () -> coordinator.logIn());
            for (int i = offset; System.nanoTime() < end; i += 2) {
                URI pdf = base.resolve("certificates/" + certificates.get(i % certificates.size()) + ".pdf");
                HttpResponse<byte[]> answer = stats.time("certificate download",
                        () -> coordinator.http.get(pdf, HttpResponse.BodyHandlers.ofByteArray()));
                if (answer.statusCode() != 200 || answer.body().length < 1000
                        || !new String(answer.body(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                    stats.error("certificate download", pdf + ": " + answer.statusCode());
                }
                pauseUntil(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500));
            }
        } catch (Exception e) {
            stats.error("coordinator", e.toString());
        }
    }

    /**
     * Adds, once, {@link #LOAD_COHORTS} cohorts in the demo programme whose first teaching day is
     * today, each with a trainer and {@link #LOAD_TRAINEES} trainees (accounts with the demo
     * password's hash). Plain SQL that H2 and PostgreSQL both take. The ids start at
     * {@link #LOAD_IDS}, far above what the application's sequences hand out. Once per database: run
     * it on a fresh one each day (the scripts do), as the cohorts' first day is the day they were added.
     */
    static void prepareTeachingDay(Connection db) throws SQLException {
        db.setAutoCommit(false);
        String hash;
        long programme;
        long coordinator;
        try (ResultSet row = db.createStatement().executeQuery("select a.password_hash, p.id from account a"
                + " join person p on p.id = a.person_id where p.email = 'coordinator@demo.example'")) {
            if (!row.next()) {
                throw new IllegalStateException("no demo coordinator: start the application with the demo data");
            }
            hash = row.getString(1);
            coordinator = row.getLong(2);
        }
        try (ResultSet row = db.createStatement().executeQuery("select min(id) from programme")) {
            row.next();
            programme = row.getLong(1);
        }
        try (ResultSet row = db.createStatement().executeQuery(
                "select count(*) from cohort where id >= " + LOAD_IDS + " and id < " + (LOAD_IDS + 1000))) {
            row.next();
            if (row.getLong(1) > 0) {
                db.rollback();
                return;
            }
        }
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"));
        Timestamp now = Timestamp.from(Instant.now());
        String[] units = {"recovery", "active-listening", "crisis-handling", "decentred-sharing",
            "boundaries-and-trust", "peer-support-in-practice"};
        try (PreparedStatement cohort = db.prepareStatement("insert into cohort (id, programme_id, name, place,"
                + " capacity, version) values (?, ?, ?, 'Belastningsprøve, lokale 1', 40, 0)");
                PreparedStatement day = db.prepareStatement("insert into teaching_day (id, cohort_id, sequence,"
                        + " day_date, starts_at, ends_at, place, unit_id, version)"
                        + " values (?, ?, ?, ?, time '00:00:00', time '23:59:00', 'Belastningsprøve, lokale 1', ?, 0)");
                PreparedStatement person = db.prepareStatement("insert into person (id, given_name, family_name,"
                        + " email, date_of_birth, preferred_language, version) values (?, ?, ?, ?, ?, 'da', 0)");
                PreparedStatement account = db.prepareStatement("insert into account (id, person_id, password_hash,"
                        + " active, created_at, version) values (?, ?, ?, true, ?, 0)");
                PreparedStatement role = db.prepareStatement("insert into account_role (account_id, role) values (?, ?)");
                PreparedStatement assignment = db.prepareStatement("insert into trainer_assignment (id, cohort_id,"
                        + " person_id, teaching_day_id, version) values (?, ?, ?, null, 0)");
                PreparedStatement enrolment = db.prepareStatement("insert into enrolment (id, cohort_id, person_id,"
                        + " status, applied_on, version) values (?, ?, ?, 'ENROLLED', ?, 0)")) {
            for (int c = 0; c < LOAD_COHORTS; c++) {
                long cohortId = LOAD_IDS + c;
                cohort.setLong(1, cohortId);
                cohort.setLong(2, programme);
                cohort.setString(3, String.format("Belastningshold %02d", c));
                cohort.addBatch();
                for (int k = 1; k <= 6; k++) {
                    day.setLong(1, LOAD_IDS + 1000 + c * 10L + k);
                    day.setLong(2, cohortId);
                    day.setInt(3, k);
                    day.setObject(4, today.plusDays(28L * (k - 1)));
                    day.setString(5, units[k - 1]);
                    day.addBatch();
                }
                long trainerId = LOAD_IDS + 10_000 + c * 100L;
                addPerson(person, account, role, trainerId, "Underviser", String.format("Belastning %02d", c),
                        String.format("belastning.underviser.%02d@example.org", c), hash, now, "TRAINER");
                assignment.setLong(1, LOAD_IDS + 2000 + c);
                assignment.setLong(2, cohortId);
                assignment.setLong(3, trainerId);
                assignment.addBatch();
                for (int t = 0; t < LOAD_TRAINEES; t++) {
                    long personId = trainerId + 1 + t;
                    addPerson(person, account, role, personId, "Kursist", String.format("Nummer %02d.%02d", c, t),
                            String.format("belastning.kursist.%02d.%02d@example.org", c, t), hash, now, "TRAINEE");
                    enrolment.setLong(1, LOAD_IDS + 5000 + c * 100L + t);
                    enrolment.setLong(2, cohortId);
                    enrolment.setLong(3, personId);
                    enrolment.setObject(4, today.minusDays(30));
                    enrolment.addBatch();
                }
            }
            cohort.executeBatch();
            day.executeBatch();
            person.executeBatch();
            account.executeBatch();
            role.executeBatch();
            assignment.executeBatch();
            enrolment.executeBatch();
        }
        db.commit();
        System.out.println("Added " + LOAD_COHORTS + " cohorts with a teaching day today, " + LOAD_TRAINEES
                + " trainees each (coordinator " + coordinator + ")");
    }

    private static void addPerson(PreparedStatement person, PreparedStatement account, PreparedStatement role, long id,
            String given, String family, String email, String hash, Timestamp now, String roleName) throws SQLException {
        person.setLong(1, id);
        person.setString(2, given);
        person.setString(3, family);
        person.setString(4, email);
        person.setObject(5, LocalDate.of(1990, 1, 1).plusDays(id % 3000));
        person.addBatch();
        account.setLong(1, id);
        account.setLong(2, id);
        account.setString(3, hash);
        account.setTimestamp(4, now);
        account.addBatch();
        role.setLong(1, id);
        role.setString(2, roleName);
        role.addBatch();
    }

    private static List<Long> ids(Connection db, String sql, int max) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            while (rows.next() && ids.size() < max) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    // ---------------------------------------------------------------- HTTP users

    /** One person in a browser: their own cookies, the login form, pages. */
    static final class User {
        final URI base;
        final String email;
        final FacesHttpClient http = new FacesHttpClient(Duration.ofSeconds(30));
        String landedOn = "";

        User(URI base, String email) {
            this.base = base;
            this.email = email;
        }

        /** Logs in through the form and follows the redirects; fails unless it lands off the login page. */
        User logIn() throws IOException, InterruptedException {
            HttpResponse<String> answer = http.submitLogin(base, base, email, PASSWORD);
            for (int hops = 0; answer.statusCode() / 100 == 3 && hops < 5; hops++) {
                answer = get(answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow()));
            }
            if (answer.statusCode() != 200 || answer.uri().getPath().endsWith("/login")) {
                throw new IllegalStateException(email + " could not log in: " + answer.statusCode() + " " + answer.uri());
            }
            landedOn = answer.uri().toString();
            return this;
        }

        HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
            return http.get(uri);
        }
    }

    /** Today's roll call open in a trainer's session: the buttons and the view state to tap them. */
    static final class RollCall {
        final User trainer;
        final RollCallForm form;
        final List<Map<String, String>> lines;
        /** The teaching day, from the page's address. */
        final long day;
        String lastError;

        RollCall(User trainer, URI page) throws IOException, InterruptedException {
            this.trainer = trainer;
            HttpResponse<String> response = trainer.get(page);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("roll call " + page + ": " + response.statusCode());
            }
            form = new RollCallForm(page, response);
            lines = form.buttons;
            day = Long.parseLong(page.getQuery().replaceAll(".*day=(\\d+).*", "$1"));
            if (lines.size() != LOAD_TRAINEES) {
                throw new IllegalStateException(lines.size() + " lines on " + page);
            }
        }

        /**
         * The roll call lists trainees by name; the load cohorts' names ("Kursist Nummer cc.tt") sort
         * in trainee order, so line t is enrolment LOAD_IDS + 5000 + 100 c + t.
         */
        long[] keyOf(int line) {
            long cohort = (day - LOAD_IDS - 1000) / 10;
            return new long[] {LOAD_IDS + 5000 + cohort * 100 + line, day};
        }

        boolean mark(int line, String status) throws IOException, InterruptedException {
            String button = lines.get(line).get(DANISH.getString("attendance.status." + status));
            HttpResponse<String> response = trainer.http.post(form.action, form.tap(button), true);
            if (!form.accepted(response, button)) {
                String body = response.body();
                lastError = response.statusCode() + " " + body.substring(0, Math.min(body.length(), 300));
                return false;
            }
            return true;
        }
    }

    // ---------------------------------------------------------------- figures

    /** Round trips per request type, and the errors. */
    static final class Stats {
        final Map<String, List<Long>> times = new ConcurrentHashMap<>();
        final List<String> errors = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Integer> errorsByType = new ConcurrentHashMap<>();
        /** Requests that began before this (System.nanoTime) are the warm-up: not timed. */
        volatile long measureFrom = Long.MIN_VALUE;

        interface Call<T> {
            T call() throws Exception;
        }

        <T> T time(String type, Call<T> call) throws Exception {
            long began = System.nanoTime();
            try {
                return call.call();
            } catch (Exception e) {
                error(type, e.toString());
                throw e;
            } finally {
                if (began - measureFrom >= 0) {
                    times.computeIfAbsent(type, t -> Collections.synchronizedList(new ArrayList<>()))
                            .add(System.nanoTime() - began);
                }
            }
        }

        void error(String type, String what) {
            errors.add(type + ": " + what);
            errorsByType.merge(type, 1, Integer::sum);
        }

        String report(double wall) {
            StringBuilder out = new StringBuilder("| request | count | errors | per second | p50 | p99 | max |\n"
                    + "|---|---|---|---|---|---|---|\n");
            times.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
                long[] sorted = entry.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
                List<Long> list = Arrays.stream(sorted).boxed().toList();
                out.append(String.format("| %s | %,d | %d | %.1f | %s ms | %s ms | %s ms |%n", entry.getKey(), sorted.length,
                        errorsByType.getOrDefault(entry.getKey(), 0), sorted.length / wall, millis(percentile(list, 50)),
                        millis(percentile(list, 99)), millis(sorted[sorted.length - 1])));
            });
            int total = times.values().stream().mapToInt(List::size).sum();
            out.append(String.format("| all | %,d | %d | %.1f | | | |%n", total, errors.size(), total / wall));
            return out.toString();
        }
    }

    private static void pauseUntil(long nanoTime) {
        for (long wait = nanoTime - System.nanoTime(); wait > 0; wait = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }

    static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }


    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void write(String name, String text) throws IOException {
        Path file = Path.of("target/bench", name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
