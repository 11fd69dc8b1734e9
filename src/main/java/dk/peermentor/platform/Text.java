package dk.peermentor.platform;

/**
 * Guards for the free text that entities accept: trimmed, required where the domain needs it, never
 * longer than its column, and free of characters that are not text. Control characters (NUL, ESC,
 * ...) are refused everywhere: PostgreSQL cannot store NUL, and the others end up in exports, mails
 * and PDFs where they break lines or hide what follows. A single line (a name, an e-mail address, a
 * place) also refuses line breaks and the invisible direction controls that make a name read as
 * another.
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
        return withoutControls(trimmed, field);
    }

    /** The trimmed value, or {@code null} for null or blank. */
    public static String optional(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * Refuses a value longer than {@code max} characters with the key {@code rule.tooLong}, and one
     * holding control characters other than tab and line breaks with {@code rule.controlCharacters}.
     */
    public static String atMost(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new RuleViolation("rule.tooLong", field, max);
        }
        return withoutControls(value, field);
    }

    /** {@link #atMost} for a value of one line: line breaks, tabs and direction controls are refused too. */
    public static String line(String value, int max, String field) {
        String checked = atMost(value, max, field);
        if (checked != null && checked.codePoints().anyMatch(Text::breaksALine)) {
            throw new RuleViolation("rule.controlCharacters", field);
        }
        return checked;
    }

    /**
     * A {@code like} pattern that finds {@code value} anywhere, taken literally: its {@code %} and
     * {@code _} are escaped with {@code !}, so the query must say {@code like :pattern escape '!'}.
     */
    public static String likeContaining(String value) {
        String literal = (value == null ? "" : value).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + literal + "%";
    }

    private static String withoutControls(String value, String field) {
        if (value != null && value.codePoints().anyMatch(Text::isControl)) {
            throw new RuleViolation("rule.controlCharacters", field);
        }
        return value;
    }

    /** C0 and C1 controls and DEL, except the tab and line breaks of ordinary text. */
    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }

    private static boolean breaksALine(int c) {
        return c == '\t' || c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029
                // embeddings, overrides and isolates (U+202A-202E, U+2066-2069): they reorder what is shown
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
