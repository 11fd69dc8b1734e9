package dk.peermentor.platform;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The one place that names the course's time zone, and the clock every service asks for "now",
 * so that tests can pin the date.
 */
@ApplicationScoped
public class Time {

    /** Teaching days happen in Denmark; dates and times of day are Copenhagen local time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    @Produces
    Clock clock() {
        return Clock.system(ZONE);
    }
}
