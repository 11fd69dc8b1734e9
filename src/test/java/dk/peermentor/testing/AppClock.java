package dk.peermentor.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import dk.peermentor.platform.Time;

import jakarta.enterprise.inject.spi.CDI;

/**
 * The date and time the application under test sees, for tests that compute what a page must say.
 * With {@code -Dit.clock.start=2027-03-09T10:00} (which {@link Deployments} passes to every deployment
 * as {@code peermentor.clock.start}) that is the shifted clock, computed the same way
 * ({@link Time#shifted}); otherwise the system clock in Copenhagen. Inside the container it is the
 * application's own clock.
 * <pre>
 * LocalDate today = AppClock.today();
 * long held = days.stream().filter(day -&gt; day.isBefore(today)).count();
 * </pre>
 */
public final class AppClock {

    /** The system property failsafe passes; empty or absent: the real date. */
    public static final String PROPERTY = "it.clock.start";

    private static final Clock CLOCK = create();

    private AppClock() {
    }

    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(CLOCK);
    }

    public static Clock clock() {
        return CLOCK;
    }

    /** The clock start the run gives, or null when the tests run on today's date. */
    public static String start() {
        String start = System.getProperty(PROPERTY, "");
        return start.isBlank() ? null : start.strip();
    }

    private static Clock create() {
        String start = start();
        if (start != null) {
            return Time.shifted(Clock.system(Time.ZONE), start);
        }
        try {
            // In the container the system property is not set, but the application's clock is at hand.
            return CDI.current().select(Clock.class).get();
        } catch (RuntimeException | LinkageError notInTheContainer) {
            return Clock.system(Time.ZONE);
        }
    }
}
