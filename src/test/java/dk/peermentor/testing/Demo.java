package dk.peermentor.testing;

import java.net.URL;

/**
 * The demo programme's people, as the demo profile creates them (DemoData): every test reads them,
 * none changes them (a test that changes a person makes its own, {@link TestPeople}).
 */
public final class Demo {

    /** The demo's published password. */
    public static final String PASSWORD = "peer-demo-2026";
    public static final String COORDINATOR = "coordinator@demo.example";
    public static final String TRAINER = "trainer@demo.example";
    public static final String TRAINEE = "trainee@demo.example";
    /** Nadia Holm, a certified graduate in the matching pool. */
    public static final String GRADUATE = "nadia.holm@demo.example";
    /** The coordinator's API token of the demo. */
    public static final String API_TOKEN = "demo-matching-token-2026";

    /** The demo's programme. Other tests may add programmes; a cohort a test plans belongs to this one. */
    public static final String PROGRAMME = "Peer-mentoruddannelsen i Fjordby Kommune";

    private Demo() {
    }

    /** The demo's running cohort, begun two months before the demo was made (DemoData). */
    public static String runningCohort() {
        return "Hold efterår " + AppClock.today().minusMonths(2).getYear();
    }

    /** The demo's cohort that finished this year, with graduates to certify (DemoData). */
    public static String finishedCohort() {
        return "Hold forår " + AppClock.today().minusMonths(10).getYear();
    }

    /** The value of the demo programme's option in the coordinator's "new cohort" form. */
    public static String programmeOption(WebUser.Page cohortsPage) {
        return cohortsPage.document().select("select[name=create:programme] option").stream()
                .filter(option -> option.text().equals(PROGRAMME)).findFirst()
                .orElseThrow(() -> new AssertionError("no option for " + PROGRAMME)).attr("value");
    }

    /** Logs in as one of the demo's people. */
    public static WebUser logInAs(URL application, String email) {
        return WebUser.loggedIn(application, email, PASSWORD);
    }
}
