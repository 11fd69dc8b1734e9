package dk.peermentor.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Maja\u0000", "Ma\u001Bja", "Maja\u007F", "Ma\u0085ja", "\u0007Maja", "Ma\u009Bja"})
    void controlCharactersAreRefusedInEveryText(String value) {
        RuleViolation inNote = assertThrows(RuleViolation.class, () -> Text.atMost(value, 500, "attendance.note"));
        assertEquals("rule.controlCharacters", inNote.messageKey());
        assertEquals("attendance.note", inNote.arguments().get(0));
        assertThrows(RuleViolation.class, () -> Text.required(value, "person.givenName"));
        assertThrows(RuleViolation.class, () -> Text.line(value, 100, "person.givenName"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Maja\nEngholm", "Maja\rEngholm", "Maja\tEngholm", "Maja\u2028Engholm", "Maja\u2029Engholm",
        "\u202EmhlohgnE ajaM", "Maja \u2066Engholm\u2069"})
    void aSingleLineRefusesLineBreaksTabsAndDirectionControls(String value) {
        RuleViolation refusal = assertThrows(RuleViolation.class, () -> Text.line(value, 100, "person.familyName"));
        assertEquals("rule.controlCharacters", refusal.messageKey());
    }

    @Test
    void ordinaryTextPassesAsItIs() {
        String note = "Kom 10 min. for sent:\n\tbussen — igen. «Søren» ∅ 🙂";
        assertEquals(note, Text.atMost(note, 500, "attendance.note"), "line breaks and tabs belong in notes");
        assertEquals("Åse Ærø-Øster", Text.line("Åse Ærø-Øster", 100, "person.givenName"));
        assertEquals("مريم", Text.line("مريم", 100, "person.givenName"), "right-to-left names need no controls");
    }

    @Test
    void aSearchPatternTakesWildcardsAndItsEscapeLiterally() {
        assertEquals("%100!%!_sikker!!%", Text.likeContaining("100%_sikker!"));
        assertEquals("%holm%", Text.likeContaining("holm"));
        assertEquals("%%", Text.likeContaining(null), "nothing typed finds everyone");
    }
}
