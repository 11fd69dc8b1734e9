package dk.peermentor.matching;

import java.util.Locale;
import java.util.Map;

/**
 * A request parameter the API cannot use (a limit out of range, an unknown enum name). Answered
 * 400 naming the field, where JAX-RS would answer a failed query parameter conversion with 404.
 */
class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Field name to bundle key. */
    private final transient Map<String, String> fields;

    InvalidInput(String field, String messageKey) {
        super(field);
        this.fields = Map.of(field, messageKey);
    }

    Map<String, String> fields() {
        return fields;
    }

    /** The constant of {@code type} named {@code value} (any case), null for none, else InvalidInput. */
    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "problem.field.unknownValue");
        }
    }

    /** The longest text a filter or cursor takes: longer than any area, language or interest stored. */
    static final int TEXT_MAX = 200;

    /** A text parameter: trimmed, null for blank, refused when longer than {@link #TEXT_MAX} or holding controls. */
    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > TEXT_MAX || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInput(field, "problem.field.tooLong");
        }
        return value.strip();
    }

    static int parseInt(String field, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below like a number out of range
        }
        throw new InvalidInput(field, "problem.field.outOfRange");
    }

    static long parseLong(String field, String value, long defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInput(field, "problem.field.notAPosition");
    }
}
