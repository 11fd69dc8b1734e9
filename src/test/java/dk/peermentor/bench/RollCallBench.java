package dk.peermentor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.peermentor.attendance.AttendanceStatus;
import dk.peermentor.cohort.Cohort;
import dk.peermentor.cohort.Enrolment;
import dk.peermentor.cohort.Programme;
import dk.peermentor.cohort.TrainerAssignment;
import dk.peermentor.identity.Account;
import dk.peermentor.identity.Person;
import dk.peermentor.identity.Role;
import dk.peermentor.platform.Language;
import dk.peermentor.platform.Time;
import dk.peermentor.testing.Deployments;
import dk.peermentor.testing.FacesHttpClient;
import dk.peermentor.testing.InTransaction;
import dk.peermentor.testing.RollCallForm;

import jakarta.inject.Inject;

/**
 * Roll call under load: 30 trainers, each with their own session, mark the 30 trainees of their own
 * cohort at the same time through the very ajax request a phone sends: once all at once (each taps
 * again as soon as they are answered), once at one tap a second each. Measures each mark's round trip
 * and checks afterwards that every acknowledged mark is in the database with the status sent. Run on
 * demand with {@code mvn verify -Pbench -Dit.test=RollCallBench}; the figures go to
 * target/bench/roll-call.md and, by hand, to docs/performance.md.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class RollCallBench {

    static final int TRAINERS = 30;
    static final int TRAINEES_PER_COHORT = 30;
    /** Cohorts whose trainers only warm the server up (JIT, pools, Faces' view cache); not measured. */
    static final int WARM_UP_TRAINERS = 3;
    static final int WARM_UP_PASSES = 4;
    static final String COHORT = "Rullehold ";
    static final String WARM_UP_COHORT = "Opvarmningshold ";
    static final String PACED_COHORT = "Tempohold ";
    /** The pace of the second measurement: faster than any trainer taps through a roll call. */
    static final Duration PACE = Duration.ofSeconds(1);
    static final String PASSWORD = "peer-demo-2026";
    static final String DATABASE = "bench-roll-call";

    /** PrimeFaces' script for an ajax button: {@code PrimeFaces.ab({s:"<id>",f:"roll",p:"roll",u:"roll messages"})}. */

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(DATABASE, Map.of("peermentor.demo", "true"))
                .addClasses(InTransaction.class);
    }

    @Inject
    InTransaction tx;

    @ArquillianResource
    URL app;

    /** The status trainer and check agree on: mixed, by the trainee's place on the list. */
    static AttendanceStatus statusFor(int trainee) {
        return AttendanceStatus.values()[trainee % AttendanceStatus.values().length];
    }

    static String trainerEmail(String cohort, int number) {
        return (cohort.strip() + "-" + number + "@bench.example").toLowerCase(Locale.ROOT);
    }

    @Test
    @Order(1)
    void generateCohortsWithATeachingDayToday() {
        LocalDate today = LocalDate.now(Time.ZONE);
        // The demo trainers' hash of the demo password: one PBKDF2 hash serves every bench trainer.
        String hash = tx.call(em -> em.createQuery("select a from Account a where a.person.email = :email", Account.class)
                .setParameter("email", "trainer@demo.example").getSingleResult().passwordHash());
        Long programmeId = tx.call(em -> em.createQuery("select p.id from Programme p", Long.class)
                .getResultList().get(0));
        for (int c = 0; c < 2 * TRAINERS + WARM_UP_TRAINERS; c++) {
            String name = c < TRAINERS ? COHORT : c < 2 * TRAINERS ? PACED_COHORT : WARM_UP_COHORT;
            int number = c % TRAINERS;
            tx.run(em -> {
                Cohort cohort = new Cohort(em.find(Programme.class, programmeId), name + number, "Bench",
                        TRAINEES_PER_COHORT);
                for (int day = 1; day <= Cohort.TEACHING_DAYS; day++) {
                    LocalDate date = day == 1 ? today : today.plusMonths(day - 1L).withDayOfMonth(1)
                            .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
                    cohort.scheduleTeachingDay(day, date, LocalTime.of(9, 30), LocalTime.of(15, 0), "Bench", "unit-" + day);
                }
                em.persist(cohort);
                Person trainer = new Person("Underviser", name + number, trainerEmail(name, number), Language.DA);
                em.persist(trainer);
                Account account = new Account(trainer, EnumSet.of(Role.TRAINER), Instant.now());
                account.changePassword(hash);
                em.persist(account);
                em.persist(TrainerAssignment.toCohort(cohort, trainer));
                for (int t = 0; t < TRAINEES_PER_COHORT; t++) {
                    // "Nummer 07": the roll call lists by name, so line t is trainee t.
                    Person trainee = new Person("Kursist", String.format("Nummer %02d", t),
                            "bench-" + name.strip().toLowerCase(Locale.ROOT) + number + "-" + t + "@bench.example",
                            Language.DA);
                    em.persist(trainee);
                    Enrolment enrolment = Enrolment.application(cohort, trainee, today.minusMonths(1));
                    enrolment.enrol();
                    em.persist(enrolment);
                }
            });
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void thirtyTrainersMarkThirtyTraineesEach() throws Exception {
        String loadBefore = loadAverage();
        List<Trainer> warmUp = logIn(WARM_UP_COHORT, WARM_UP_TRAINERS);
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            int shift = pass;
            runTogether(warmUp, trainer -> trainer.markEveryone(shift));
        }
        List<String> warmUpErrors = warmUp.stream().flatMap(t -> t.errors.stream()).toList();
        // One trainer alone, no other trainer of the bench on the server: a mark's cost without queueing.
        Trainer alone = warmUp.get(0);
        alone.roundTrips.clear();
        alone.markEveryone(WARM_UP_PASSES);
        long[] aloneNanos = alone.roundTrips.stream().mapToLong(Long::longValue).sorted().toArray();

        List<Trainer> atOnce = logIn(COHORT, TRAINERS);
        Phase saturated = Phase.of(atOnce, runTogether(atOnce, trainer -> trainer.markEveryone(0)));
        List<Trainer> pacedTrainers = logIn(PACED_COHORT, TRAINERS);
        Phase paced = Phase.of(pacedTrainers, runTogether(pacedTrainers, Trainer::markEveryoneAtAPace));
        String loadAfter = loadAverage();

        int forbiddenReads = Stream.of(warmUp, atOnce, pacedTrainers).flatMap(List::stream)
                .mapToInt(t -> t.forbiddenReads).sum();
        String result = String.join("\n",
                "| what | all at once | one tap a second |",
                "|---|---|---|",
                "| trainers (own session, own thread, own cohort) | " + TRAINERS + " | " + TRAINERS + " |",
                "| trainees per cohort | " + TRAINEES_PER_COHORT + " | " + TRAINEES_PER_COHORT + " |",
                "| how they tap | the next as soon as the last is answered | every " + PACE.toMillis()
                        + " ms, starts spread over the first second |",
                saturated.row("marks sent", p -> Integer.toString(p.nanos.length), paced),
                saturated.row("marks acknowledged", p -> Integer.toString(p.acknowledged), paced),
                saturated.row("errors (by HTTP status)", p -> p.errors + (p.byStatus.isEmpty() ? "" : " " + p.byStatus), paced),
                saturated.row("partial response per mark", p -> p.responseChars + " characters", paced),
                saturated.row("wall time", p -> p.wallNanos / 1_000_000 + " ms", paced),
                saturated.row("throughput", p -> Math.round(p.nanos.length / (p.wallNanos / 1e9)) + " marks/s", paced),
                saturated.row("p50", p -> millis(p.percentile(50)) + " ms", paced),
                saturated.row("p90", p -> millis(p.percentile(90)) + " ms", paced),
                saturated.row("p99", p -> millis(p.percentile(99)) + " ms", paced),
                saturated.row("max", p -> millis(p.nanos[p.nanos.length - 1]) + " ms", paced),
                saturated.row("goal p99 < 100 ms", p -> p.percentile(99) < 100_000_000L ? "met" : "**not met**", paced),
                "",
                "| before and around | |",
                "|---|---|",
                "| warm-up | " + WARM_UP_TRAINERS + " other trainers, " + WARM_UP_PASSES + " passes over their cohorts ("
                        + WARM_UP_TRAINERS * WARM_UP_PASSES * TRAINEES_PER_COHORT + " marks, " + warmUpErrors.size()
                        + " errors) |",
                "| one trainer alone, after the warm-up (30 marks) | p50 " + millis(percentile(aloneNanos, 50))
                        + " ms, max " + millis(aloneNanos[aloneNanos.length - 1]) + " ms |",
                "| page reads answered 403 and repeated | " + forbiddenReads + " |",
                "| load average before / after | " + loadBefore + " / " + loadAfter + " |",
                "| measured | " + LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES) + ", "
                        + Runtime.getRuntime().availableProcessors() + " cores, JDK " + Runtime.version().feature() + " |",
                "");
        Path out = Path.of("target/bench/roll-call.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
        System.out.println("\n== Roll call benchmark\n" + result);
        Stream.of(atOnce, pacedTrainers).flatMap(List::stream).flatMap(t -> t.errors.stream()).limit(5)
                .forEach(error -> System.out.println("error: " + error));

        // The check in the server reads the acknowledged marks from the database directory of this deployment.
        Files.writeString(handOver(Path.of(System.getenv("PEERMENTOR_DATA_DIR"), DATABASE)),
                Stream.of(atOnce, pacedTrainers).flatMap(List::stream).flatMap(Trainer::acknowledgedLines)
                        .collect(Collectors.joining("\n", "", "\n")));
        // Each trainer's page, opened afresh, shows every mark they were told was saved.
        for (Trainer trainer : atOnce) {
            trainer.assertPageShowsEveryAcknowledgedMark();
        }
        for (Trainer trainer : pacedTrainers) {
            trainer.assertPageShowsEveryAcknowledgedMark();
        }
        assertTrue(saturated.acknowledged > 0 && paced.acknowledged > 0, "no mark was acknowledged");
    }

    /** The figures of one way of tapping. */
    record Phase(long[] nanos, long wallNanos, int acknowledged, int errors, Map<Integer, Integer> byStatus,
            long responseChars) {

        static Phase of(List<Trainer> trainers, long wallNanos) {
            long[] nanos = trainers.stream().flatMapToLong(t -> t.roundTrips.stream().mapToLong(Long::longValue))
                    .sorted().toArray();
            Map<Integer, Integer> byStatus = new TreeMap<>();
            trainers.forEach(t -> t.errorsByStatus.forEach((code, n) -> byStatus.merge(code, n, Integer::sum)));
            return new Phase(nanos, wallNanos, trainers.stream().mapToInt(t -> t.acknowledged.size()).sum(),
                    trainers.stream().mapToInt(t -> t.errors.size()).sum(), byStatus,
                    trainers.stream().mapToLong(t -> t.responseBytes).sum() / nanos.length);
        }

        long percentile(int percent) {
            return RollCallBench.percentile(nanos, percent);
        }

        /** A row of the table: this phase's figure, then the other's. */
        String row(String what, Function<Phase, String> figure, Phase other) {
            return "| " + what + " | " + figure.apply(this) + " | " + figure.apply(other) + " |";
        }

    }

    @Test
    @Order(3)
    void everyAcknowledgedMarkIsInTheDatabase() throws IOException {
        Map<String, AttendanceStatus> stored = new HashMap<>();
        tx.call(em -> em.createQuery("""
                select c.name, p.familyName, a.status from Attendance a join a.teachingDay d join d.cohort c
                join a.enrolment e join e.person p where c.name like :atOnce or c.name like :paced
                """, Object[].class).setParameter("atOnce", COHORT + "%").setParameter("paced", PACED_COHORT + "%")
                .getResultList())
                .forEach(row -> stored.put(row[0] + "\t" + row[1], (AttendanceStatus) row[2]));
        List<String> acknowledged = Files.readAllLines(handOver(Path.of(
                ConfigProvider.getConfig().getValue("peermentor.data.dir", String.class)))).stream()
                .filter(line -> !line.isBlank()).toList();
        List<String> missing = new ArrayList<>();
        for (String line : acknowledged) {
            String[] mark = line.split("\t");
            if (stored.get(mark[0] + "\t" + mark[1]) != AttendanceStatus.valueOf(mark[2])) {
                missing.add(line + " (database: " + stored.get(mark[0] + "\t" + mark[1]) + ")");
            }
        }
        System.out.println("\n== Roll call benchmark: " + acknowledged.size() + " acknowledged marks, " + stored.size()
                + " in the database, " + missing.size() + " missing or different");
        assertTrue(missing.isEmpty(), missing.size() + " acknowledged marks are not in the database:\n"
                + String.join("\n", missing.subList(0, Math.min(20, missing.size()))));
        assertEquals(2 * TRAINERS * TRAINEES_PER_COHORT, acknowledged.size(), "marks acknowledged; the others were refused"
                + " (see the errors by HTTP status: a 403 for a logged-in trainer is payara/Payara#6145)");
    }

    /** Where the client leaves the acknowledged marks for the check in the server: beside the database. */
    private static Path handOver(Path databaseDirectory) {
        return databaseDirectory.resolve("acknowledged-marks.tsv");
    }

    private List<Trainer> logIn(String cohort, int count) throws Exception {
        List<Trainer> trainers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            trainers.add(new Trainer(app, cohort + i, trainerEmail(cohort, i), i));
        }
        // PBKDF2 is slow on purpose: log in side by side, before any clock runs.
        runTogether(trainers, Trainer::logInAndOpenTodaysRollCall);
        return trainers;
    }

    /** Runs {@code work} for every trainer on a thread of their own, all released at once; the wall time. */
    private static long runTogether(List<Trainer> trainers, TrainerWork work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(trainers.size() + 1);
        ExecutorService threads = Executors.newFixedThreadPool(trainers.size());
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (Trainer trainer : trainers) {
                Callable<Void> task = () -> {
                    start.await();
                    work.run(trainer);
                    return null;
                };
                done.add(threads.submit(task));
            }
            start.await();
            long began = System.nanoTime();
            for (Future<Void> each : done) {
                each.get();
            }
            return System.nanoTime() - began;
        } finally {
            threads.shutdownNow();
        }
    }

    @FunctionalInterface
    interface TrainerWork {
        void run(Trainer trainer) throws Exception;
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[(int) Math.ceil(sorted.length * percent / 100.0) - 1];
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * One trainer on their phone: a session of their own, today's roll call open, and a tap per
     * trainee, sent as PrimeFaces sends it (a partial request executing the form and rendering the
     * form and the messages).
     */
    static final class Trainer {

        private static final ResourceBundle DANISH = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("da"));

        private final URI base;
        private final String cohort;
        private final int number;
        private final String email;
        private final FacesHttpClient http = new FacesHttpClient(Duration.ofSeconds(60));
        private URI page;
        private RollCallForm form;
        final List<Long> roundTrips = new ArrayList<>();
        final Map<Integer, AttendanceStatus> acknowledged = new LinkedHashMap<>();
        final List<String> errors = new ArrayList<>();
        /** Errors by HTTP status (200: an answer without the mark, or with an error message). */
        final Map<Integer, Integer> errorsByStatus = new TreeMap<>();
        int forbiddenReads;
        long responseBytes;

        Trainer(URL app, String cohort, String email, int number) {
            String url = app.toString();
            this.number = number;
            this.cohort = cohort;
            this.base = URI.create(url.endsWith("/") ? url : url + "/");
            this.email = email;
        }

        void logInAndOpenTodaysRollCall() throws Exception {
            HttpResponse<String> answer = http.submitLogin(base, base, email, PASSWORD);
            // A trainer who logs in on a teaching day is sent to that day's roll call.
            for (int hops = 0; answer.statusCode() / 100 == 3 && hops < 5; hops++) {
                answer = getDespiteForbidden(answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow()));
            }
            if (answer.statusCode() != 200 || !answer.uri().toString().contains("roll-call?day=")) {
                throw new AssertionError(email + " did not land on a roll call: " + answer.statusCode() + " " + answer.uri());
            }
            open(answer.uri());
        }

        private void open(URI rollCall) throws Exception {
            HttpResponse<String> response = getDespiteForbidden(rollCall);
            assertEquals(200, response.statusCode(), rollCall.toString());
            page = rollCall;
            form = new RollCallForm(rollCall, response);
            if (number == 0 && cohort.startsWith(COHORT.strip())) {
                Path copy = Path.of("target/bench/roll-call-page.html");
                Files.createDirectories(copy.getParent());
                Files.writeString(copy, response.body());
            }
            assertEquals(TRAINEES_PER_COHORT, form.buttons.size(), "lines on " + rollCall);
        }

        /** Marks every trainee once, trainee {@code t} with the status of {@code t + shift}. */
        void markEveryone(int shift) throws Exception {
            for (int t = 0; t < form.buttons.size(); t++) {
                mark(t, statusFor(t + shift));
            }
        }

        /**
         * Marks every trainee, one tap every {@link #PACE}, whatever the answer time (a slow answer
         * makes the next tap late, not skipped); the trainers' first taps are spread over one pace.
         */
        void markEveryoneAtAPace() throws Exception {
            long first = System.nanoTime() + PACE.toNanos() * number / TRAINERS;
            for (int t = 0; t < form.buttons.size(); t++) {
                long due = first + PACE.toNanos() * t;
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                mark(t, statusFor(t));
            }
        }

        private void mark(int trainee, AttendanceStatus status) throws Exception {
            String button = form.buttons.get(trainee).get(DANISH.getString("attendance.status." + status));
            Map<String, String> fields = form.tap(button);
            long began = System.nanoTime();
            HttpResponse<String> response = http.post(form.action, fields, true);
            roundTrips.add(System.nanoTime() - began);
            responseBytes += response.body().length();
            if (!form.accepted(response, button)) {
                String body = response.body();
                errorsByStatus.merge(response.statusCode(), 1, Integer::sum);
                errors.add(email + " trainee " + trainee + " " + status + ": " + response.statusCode() + " "
                        + body.substring(0, Math.min(body.length(), 500)));
            } else {
                acknowledged.put(trainee, status);
            }
        }

        /** "cohort, trainee, status" of each acknowledged mark, tab-separated. */
        Stream<String> acknowledgedLines() {
            return acknowledged.entrySet().stream().map(mark -> cohort + "\t" + String.format("Nummer %02d", mark.getKey())
                    + "\t" + mark.getValue());
        }

        void assertPageShowsEveryAcknowledgedMark() throws Exception {
            HttpResponse<String> response = getDespiteForbidden(page);
            Document document = Jsoup.parse(response.body(), page.toString());
            List<Element> lines = document.select(".roll-call__line");
            acknowledged.forEach((trainee, status) -> assertEquals(DANISH.getString("attendance.status." + status),
                    lines.get(trainee).select(".roll-call__marks button[aria-pressed=true]").text(),
                    email + " trainee " + trainee));
        }

        /**
         * Reads a page, asking again after a 403: under concurrent load Payara now and then forgets the
         * roles of a logged-in session for one request (payara/Payara#6145). Only reads are repeated,
         * and each such 403 is counted; a refused mark is never sent again but counted as an error.
         */
        private HttpResponse<String> getDespiteForbidden(URI uri) throws IOException, InterruptedException {
            HttpResponse<String> response = get(uri);
            for (int tries = 1; response.statusCode() == 403 && tries < 5; tries++) {
                forbiddenReads++;
                response = get(uri);
            }
            return response;
        }

        private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
            return http.get(uri);
        }
    }
}
