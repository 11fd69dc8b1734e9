package dk.peermentor.certificates;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A simple per-address limit on code lookups at {@code /verify} (default 20 a minute), so that nobody
 * can walk through codes. Kept in memory: a restart or a second instance starts its own count, which
 * is enough against guessing 60-bit codes.
 */
@ApplicationScoped
public class VerifyThrottle {

    private static final long MINUTE = 60_000;
    private static final int FORGET_AFTER = 10_000;

    @Inject
    @ConfigProperty(name = "peermentor.verify.lookups-per-minute", defaultValue = "20")
    int perMinute;

    @Inject
    Clock clock;

    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    /** Counts one lookup from {@code address}; false when the address has used up its minute. */
    public boolean allow(String address) {
        long now = clock.millis();
        if (windows.size() > FORGET_AFTER) {
            windows.values().removeIf(w -> now - w[0] >= MINUTE);
        }
        long[] window = windows.compute(address, (a, w) -> w == null || now - w[0] >= MINUTE
                ? new long[] {now, 1} : new long[] {w[0], w[1] + 1});
        return window[1] <= perMinute;
    }
}
