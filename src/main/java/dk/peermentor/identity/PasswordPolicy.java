package dk.peermentor.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dk.peermentor.platform.RuleViolation;

/**
 * What a password must be (NIST SP 800-63B): at least 12 characters, at most 128, not one of the
 * passwords everyone tries first, and not the e-mail address. No composition rules: they make
 * passwords harder to remember, not harder to guess.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;

    private static final Set<String> COMMON = load("common-passwords.txt");

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the policy with a message key the page can show. */
    public static void check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            throw new RuleViolation("rule.password.tooShort", MINIMUM_LENGTH);
        }
        if (password.length() > MAXIMUM_LENGTH) {
            throw new RuleViolation("rule.password.tooLong", MAXIMUM_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            throw new RuleViolation("rule.password.common");
        }
        if (email != null && (lower.equals(email.toLowerCase(Locale.ROOT))
                || lower.contains(email.toLowerCase(Locale.ROOT).split("@")[0]) && email.indexOf('@') > 3)) {
            throw new RuleViolation("rule.password.likeEmail");
        }
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
