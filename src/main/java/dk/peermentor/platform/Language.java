package dk.peermentor.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the module speaks. Danish first: it is the default of a Danish deployment.
 */
public enum Language {
    DA("da"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, as used in file names, database columns and the {@code lang} attribute. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Language defaultLanguage() {
        return DA;
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code)).findFirst();
    }

    /**
     * The first of our languages that an {@code Accept-Language} header asks for; Danish when the
     * header is missing or asks only for languages we do not speak.
     */
    public static Language preferredBy(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return defaultLanguage();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            List<String> ours = Arrays.stream(values()).map(Language::code).toList();
            return Locale.filterTags(ranges, ours).stream().findFirst().flatMap(Language::fromCode)
                    .orElse(defaultLanguage());
        } catch (IllegalArgumentException malformed) {
            return defaultLanguage();
        }
    }

    /** The language of a locale, falling back to the default for locales the module does not speak. */
    public static Language of(Locale locale) {
        return locale == null ? defaultLanguage() : fromCode(locale.getLanguage()).orElse(defaultLanguage());
    }
}
