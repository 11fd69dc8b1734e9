package dk.peermentor.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @ParameterizedTest(name = "Accept-Language ''{0}'' gives {1}")
    @CsvSource(delimiter = '|', value = {
        "                         | DA",
        "en-GB,en;q=0.9           | EN",
        "da-DK,da;q=0.9,en;q=0.8  | DA",
        "de-DE,de;q=0.9           | DA",
        "de-DE,en;q=0.5           | EN",
        "sv;q=1,da;q=0.2,en;q=0.1 | DA",
        "not a header;;;          | DA"
    })
    void theBrowsersPreferenceDecidesAndDanishIsTheDefault(String header, Language expected) {
        assertEquals(expected, Language.preferredBy(header));
    }
}
