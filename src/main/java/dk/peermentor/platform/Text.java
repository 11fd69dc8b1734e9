package dk.peermentor.platform;

/**
 * Guards for the free text that entities accept: trimmed, required where the domain needs it, and
 * never longer than its column.
 */
public final class Text {

    private Text() {
    }

    /** The trimmed value; refuses {@code null} or blank with the key {@code rule.required}. */
    public static String required(String value, String field) {
        String trimmed = optional(value);
        if (trimmed == null) {
            throw new RuleViolation("rule.required", field);
        }
        return trimmed;
    }

    /** The trimmed value, or {@code null} for null or blank. */
    public static String optional(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Refuses a value longer than {@code max} characters with the key {@code rule.tooLong}. */
    public static String atMost(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new RuleViolation("rule.tooLong", field, max);
        }
        return value;
    }
}
