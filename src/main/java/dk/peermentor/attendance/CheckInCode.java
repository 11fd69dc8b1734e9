package dk.peermentor.attendance;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The code behind the self check-in QR: {@code <window>.<counter>.<mac>}. The window is the
 * 30-second slot it was shown in, the counter how many codes of the day were used before it, and the
 * mac an HMAC-SHA256 over teaching day, window and counter with the day's secret, so a code is worth
 * nothing for another day (another cohort) and cannot be made up or altered. Pure Java, no state.
 *
 * <pre>
 * String token = CheckInCode.issue(secret, dayId, clock.instant(), usedSoFar).token();
 * Optional&lt;CheckInCode&gt; code = CheckInCode.verify(secret, dayId, token);
 * code.get().isCurrentAt(clock.instant());
 * </pre>
 */
public record CheckInCode(long window, int counter, String token) {

    /** How long one code is shown before the next one replaces it. */
    public static final long WINDOW_SECONDS = 30;

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,12})\\.(\\d{1,9})\\.([A-Za-z0-9_-]{16})");
    private static final int MAC_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new secret for a day's check-in: 256 random bits, base64url. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static long windowOf(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), WINDOW_SECONDS);
    }

    /** The code to show at {@code at} once {@code counter} codes of the day have been used. */
    public static CheckInCode issue(String secret, long teachingDayId, Instant at, int counter) {
        long window = windowOf(at);
        return new CheckInCode(window, counter, window + "." + counter + "." + mac(secret, teachingDayId, window, counter));
    }

    /** The code, if {@code token} is well formed and was signed with this day's secret; else nothing. */
    public static Optional<CheckInCode> verify(String secret, long teachingDayId, String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher parts = FORMAT.matcher(token.strip());
        if (!parts.matches()) {
            return Optional.empty();
        }
        long window = Long.parseLong(parts.group(1));
        int counter = Integer.parseInt(parts.group(2));
        byte[] expected = mac(secret, teachingDayId, window, counter).getBytes(StandardCharsets.US_ASCII);
        // Constant time, so the signature cannot be guessed byte by byte from response times.
        boolean signed = MessageDigest.isEqual(expected, parts.group(3).getBytes(StandardCharsets.US_ASCII));
        return signed ? Optional.of(new CheckInCode(window, counter, token.strip())) : Optional.empty();
    }

    /**
     * Shown in this window or the one before: a code that just changed on the screen still works
     * while the phone loads, and no code works for longer than a minute.
     */
    public boolean isCurrentAt(Instant at) {
        long now = windowOf(at);
        return window == now || window == now - 1;
    }

    private static String mac(String secret, long teachingDayId, long window, int counter) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] full = hmac.doFinal((teachingDayId + "|" + window + "|" + counter).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, MAC_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
