package dk.peermentor.matching;

import java.util.Map;

import dk.peermentor.testing.WebUser;
import dk.peermentor.testing.WebUser.Page;

/**
 * What the matching tests do and read on the pages, over plain HTTP. Kept apart from the test
 * classes because the war holds no jsoup: a {@code Page} in a test class's method signature would
 * keep its in-container steps from loading.
 */
final class MatchingPages {

    private MatchingPages() {
    }

    /** The graduate's standing in words, as the page says it. */
    static String standing(Page page) {
        return page.document().select("#standing").text();
    }

    /** A graduate consents and tells a little (Danish, Thursdays, Fjordby, first name shared); the page after. */
    static Page consentAndTell(WebUser graduate) {
        Page consented = graduate.submit(graduate.get("trainee/matching"), "consent", Map.of(), "consent:give");
        return graduate.submit(consented, "profile", Map.of("profile:languages", "Dansk, Polsk",
                "profile:interests", "Cykling", "profile:area", "Fjordby", "profile:kinds", "SPORT",
                "profile:frequency", "WEEKLY", "profile:days", "THURSDAY", "profile:shareFirstName", "true"),
                "profile:save");
    }

    static String rowButton(Page users, String email, String button) {
        return users.document().select("tr:contains(" + email + ") input[type=submit][name$=:" + button + "]")
                .first().attr("name");
    }

    /** "bo.lindholm@demo.example" → "Bo Lindholm", as the pages show a demo person. */
    static String nameOf(String email) {
        String[] parts = email.replace("@demo.example", "").split("\\.");
        return capitalised(parts[0]) + " " + capitalised(parts[1]);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
