package dk.peermentor.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TimeTest {

    private static final Instant REAL_NOW = Instant.parse("2026-12-04T03:00:00Z");

    @Test
    void aShiftedClockReadsTheStartInCopenhagenTime() {
        Clock shifted = Time.shifted(Clock.fixed(REAL_NOW, ZoneOffset.UTC), "2027-03-09T10:00");

        assertEquals(LocalDateTime.of(2027, 3, 9, 10, 0), LocalDateTime.now(shifted));
        assertEquals(Instant.parse("2027-03-09T09:00:00Z"), shifted.instant(), "winter time: UTC+1");
        assertEquals(Time.ZONE, shifted.getZone());
    }

    @Test
    void summerTimeIsCopenhagensToo() {
        Clock shifted = Time.shifted(Clock.fixed(REAL_NOW, ZoneOffset.UTC), "2027-06-30T10:00:30");

        assertEquals(Instant.parse("2027-06-30T08:00:30Z"), shifted.instant());
    }

    @Test
    void theShiftedClockRunsOnWithTheSystemClock() throws InterruptedException {
        Clock shifted = Time.shifted(Clock.systemUTC(), "2028-02-29T10:00");
        Instant first = shifted.instant();
        Thread.sleep(20);
        Duration passed = Duration.between(first, shifted.instant());

        assertTrue(!passed.isNegative() && !passed.isZero() && passed.toSeconds() < 5, passed.toString());
        assertEquals("2028-02-29", java.time.LocalDate.now(shifted).toString());
    }

    @Test
    void aMalformedStartNamesTheKeyAndTheValue() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Time.shifted(Clock.systemUTC(), "9.3.2027 10:00"));

        assertTrue(refused.getMessage().contains("peermentor.clock.start"), refused.getMessage());
        assertTrue(refused.getMessage().contains("'9.3.2027 10:00'"), refused.getMessage());
    }

    @Test
    void aDateWithoutATimeIsRefused() {
        assertThrows(IllegalStateException.class, () -> Time.shifted(Clock.systemUTC(), "2027-03-09"));
    }
}
