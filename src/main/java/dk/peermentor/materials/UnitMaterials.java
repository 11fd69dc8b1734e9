package dk.peermentor.materials;

import java.io.Serializable;
import java.util.List;

import dk.peermentor.platform.Language;

/**
 * A unit as the trainee reads it: texts in {@code language}, the six sections as safe HTML, and the
 * trainee's own reading mark and note (with the version the next save must name).
 */
public record UnitMaterials(String unitId, int day, Language language, String title, String summary,
        List<String> topics, List<Section> sections, boolean read, String note, Integer noteVersion) implements Serializable {

    /** One section: its marker (objectives, preparation, ...), the author's heading and the HTML below it. */
    public record Section(String marker, String heading, String html) implements Serializable {
    }
}
