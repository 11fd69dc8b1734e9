package dk.peermentor.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dk.peermentor.platform.Language;

/** The course content the project ships passes the loader, and covers what the course promises. */
class ShippedCourseContentTest {

    private final Curriculum curriculum = CourseContentLoader.load(
            ContentSource.directory(Path.of(System.getProperty("course.content.dir", "course-content"))));

    @Test
    void aUnitIsNamedInTheAskedLanguageAndAnUnknownOneByItsId() {
        assertEquals("Recovery og håb", curriculum.titleOf("recovery", Language.DA));
        assertEquals("Recovery and hope", curriculum.titleOf("recovery", Language.EN));
        assertEquals("retired-unit", curriculum.titleOf("retired-unit", Language.DA));
    }

    @Test
    void sixUnitsInTheOrderOfTheTeachingDays() {
        assertEquals(6, curriculum.units().size());
        assertEquals("recovery", curriculum.unitOfDay(1).id());
        assertEquals("active-listening", curriculum.unitOfDay(2).id());
        assertEquals("crisis-handling", curriculum.unitOfDay(3).id());
        assertEquals("decentred-sharing", curriculum.unitOfDay(4).id());
        assertEquals("boundaries-and-trust", curriculum.unitOfDay(5).id());
        assertEquals("peer-support-in-practice", curriculum.unitOfDay(6).id());
    }

    @Test
    void everyUnitHasEverySectionInBothLanguages() {
        for (Unit unit : curriculum.units()) {
            for (Language language : Language.values()) {
                UnitText text = unit.text(language);
                for (UnitSection section : UnitSection.values()) {
                    assertFalse(text.section(section).markdown().isBlank(), unit.id() + " " + language + " " + section);
                }
                assertFalse(text.topics().isEmpty(), unit.id() + " " + language);
            }
        }
    }

    @Test
    void theRecoveryUnitExplainsChimeInBothLanguages() {
        for (Language language : Language.values()) {
            String objectivesAndAll = String.join("\n", curriculum.unitOfDay(1).text(language).sections().values()
                    .stream().map(UnitText.Section::markdown).toList()).toLowerCase();
            assertTrue(objectivesAndAll.contains("chime"), language.toString());
            assertTrue(objectivesAndAll.contains("images/chime.svg"), language.toString());
        }
    }

    @Test
    void noRawHtmlInTheContent() {
        for (Unit unit : curriculum.units()) {
            for (Language language : Language.values()) {
                for (UnitText.Section section : unit.text(language).sections().values()) {
                    assertFalse(section.markdown().matches("(?s).*<[a-zA-Z/][^>]*>.*"),
                            unit.id() + " " + language + " contains an HTML tag");
                }
            }
        }
    }
}
