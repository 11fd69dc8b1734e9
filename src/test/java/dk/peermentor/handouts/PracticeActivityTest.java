package dk.peermentor.handouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dk.peermentor.cohort.Programme;
import dk.peermentor.platform.RuleViolation;

import jakarta.validation.constraints.Size;

class PracticeActivityTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private final Programme programme = new Programme("Peer-mentoruddannelsen");

    private static ActivityDetails details(String activity, String schedule, String leadPerson, String contact) {
        return new ActivityDetails(activity, schedule, "Værkstedet", leadPerson, contact);
    }

    @Test
    void anActivityKeepsItsTrimmedTextAndWhenItChanged() {
        PracticeActivity glass = new PracticeActivity(programme,
                new ActivityDetails("  Glasværksted ", "Tirsdage 10-12", "  ", "Birgitte Fjord", ""), 1, MONDAY);
        assertEquals("Glasværksted", glass.activity());
        assertNull(glass.place(), "a blank place is no place");
        assertNull(glass.contact());
        assertEquals(1, glass.position());
        assertEquals(MONDAY, glass.updatedAt());
    }

    @Test
    void activityScheduleAndLeadPersonAreRequired() {
        for (ActivityDetails missing : List.of(details(" ", "Tirsdage 10-12", "Birgitte Fjord", null),
                details("Musik", null, "Birgitte Fjord", null), details("Musik", "Tirsdage 10-12", "", null))) {
            RuleViolation refused = assertThrows(RuleViolation.class,
                    () -> new PracticeActivity(programme, missing, 1, MONDAY));
            assertEquals("rule.required", refused.messageKey());
        }
    }

    @Test
    void aRefusedChangeLeavesTheActivityAsItWas() {
        PracticeActivity music = new PracticeActivity(programme, details("Musik", "Tirsdage 13-15", "Kasper Vind", null),
                2, MONDAY);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> music.describe(
                details("Musik og sang", "Tirsdage 13-15", "x".repeat(PracticeActivity.LEAD_PERSON_MAX_LENGTH + 1), null),
                MONDAY.plusSeconds(60)));
        assertEquals("rule.tooLong", refused.messageKey());
        assertEquals(List.of("handouts.leadPerson", PracticeActivity.LEAD_PERSON_MAX_LENGTH), refused.arguments());
        assertEquals("Musik", music.activity());
        assertEquals(MONDAY, music.updatedAt());
    }

    @Test
    void anEmailOrPhoneContactBecomesALinkAndAnythingElseStaysText() {
        assertEquals("mailto:lone.sejer@demo.example",
                withContact("lone.sejer@demo.example").contactHref());
        assertEquals("tel:+4500000001", withContact("+45 00 00 00 01").contactHref());
        assertEquals("tel:00000002", withContact("00 00 00 02").contactHref());
        assertNull(withContact("Spørg i receptionen").contactHref());
        assertNull(withContact(null).contactHref());
    }

    @Test
    void theAuditKeepsTheActivityButNotTheContact() {
        String audited = withContact("lone.sejer@demo.example").describedForAudit();
        assertEquals("Motion · Torsdage 10-11 · Værkstedet · Lone Sejer · #3", audited);
    }

    @Test
    void theLengthsOfTheRulesAreTheLengthsOfTheColumns() throws IOException, ReflectiveOperationException {
        String sql = Files.readString(Path.of("src/main/resources/db/migration/V8__practice_activities.sql"));
        Map<String, String> columns = Map.of("activity", "activity", "schedule", "schedule", "place", "place",
                "leadPerson", "lead_person", "contact", "contact");
        for (Map.Entry<String, String> column : columns.entrySet()) {
            Matcher declared = Pattern.compile("\\n\\s*" + column.getValue() + "\\s+varchar\\((\\d+)\\)").matcher(sql);
            Field field = PracticeActivity.class.getDeclaredField(column.getKey());
            assertEquals(true, declared.find(), column.getValue());
            assertEquals(Integer.parseInt(declared.group(1)), field.getAnnotation(Size.class).max(), column.getKey());
        }
    }

    private PracticeActivity withContact(String contact) {
        return new PracticeActivity(programme, details("Motion", "Torsdage 10-11", "Lone Sejer", contact), 3, MONDAY);
    }
}
