package dk.peermentor.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * The one place that names the course's time zone, and the clock every service asks for "now",
 * so that tests can pin the date.
 * <p>
 * With {@code peermentor.clock.start} (an ISO local date-time, Copenhagen time, e.g.
 * {@code 2027-03-09T10:00}) the clock is shifted: "now" at start-up is that moment, and the clock runs
 * on from there. For tests and demos on a chosen date, never for production.
 */
@ApplicationScoped
public class Time {

    /** Teaching days happen in Denmark; dates and times of day are Copenhagen local time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    /** The configuration key that shifts the clock. */
    public static final String CLOCK_START = "peermentor.clock.start";

    private static final Logger LOG = Logger.getLogger(Time.class.getName());

    @Inject
    @ConfigProperty(name = CLOCK_START)
    Optional<String> clockStart;

    private Clock clock;

    @PostConstruct
    void start() {
        clock = clockStart.map(start -> shifted(Clock.system(ZONE), start)).orElseGet(() -> Clock.system(ZONE));
        clockStart.ifPresent(start -> LOG.warning(() -> "The clock is shifted: " + CLOCK_START + "=" + start
                + " makes now " + start + " Copenhagen time at start-up. For tests and demos only, never production."));
    }

    /** Reads the configuration at deployment, so a malformed clock start stops the start at once. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        clock.instant();
    }

    @Produces
    Clock clock() {
        return clock;
    }

    /**
     * A clock that reads {@code start} (ISO local date-time, Copenhagen) now and runs on at the pace of
     * {@code system}; the offset is fixed when this is called.
     *
     * @throws IllegalStateException naming the key when {@code start} is not an ISO local date-time
     */
    public static Clock shifted(Clock system, String start) {
        LocalDateTime at;
        try {
            at = LocalDateTime.parse(start.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(CLOCK_START + " must be an ISO local date-time in Copenhagen time, such as"
                    + " 2027-03-09T10:00, not '" + start + "'", e);
        }
        Duration offset = Duration.between(system.instant(), at.atZone(ZONE).toInstant());
        return Clock.offset(system, offset).withZone(ZONE);
    }
}
