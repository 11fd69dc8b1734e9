package dk.peermentor.curriculum;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.peermentor.platform.Language;

/**
 * The course as loaded and validated from {@code course-content/}: a description and six units, one
 * per teaching day, each in Danish and English. Immutable; replaced as a whole, never edited.
 */
public record Curriculum(String id, int hoursPerDay, Map<Language, CourseDescription> descriptions,
        List<Unit> units) {

    /** The course has six teaching days, one a month over six months, each teaching one unit. */
    public static final int TEACHING_DAYS = 6;

    public Curriculum {
        descriptions = Map.copyOf(descriptions);
        units = List.copyOf(units);
    }

    public CourseDescription description(Language language) {
        return descriptions.get(language);
    }

    public Optional<Unit> unit(String unitId) {
        return units.stream().filter(u -> u.id().equals(unitId)).findFirst();
    }

    /** The title of a unit in {@code language}; the id itself for a unit the content no longer has. */
    public String titleOf(String unitId, Language language) {
        return unit(unitId).map(unit -> unit.text(language).title()).orElse(unitId);
    }

    /** The unit taught on teaching day {@code day} (1-6). */
    public Unit unitOfDay(int day) {
        return units.stream().filter(u -> u.day() == day).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No unit for teaching day " + day));
    }

    public int totalHours() {
        return hoursPerDay * units.size();
    }
}
