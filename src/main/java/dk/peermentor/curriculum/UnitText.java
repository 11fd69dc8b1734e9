package dk.peermentor.curriculum;

import java.util.List;
import java.util.Map;

/**
 * A unit in one language: its title, a one-line summary, the topics printed on the certificate, and
 * the Markdown of each of its six sections (heading text included, marker removed).
 */
public record UnitText(String title, String summary, List<String> topics, Map<UnitSection, Section> sections) {

    /** One section: the heading as the author wrote it, and the Markdown below it. */
    public record Section(String heading, String markdown) {
    }

    public UnitText {
        topics = List.copyOf(topics);
        sections = Map.copyOf(sections);
    }

    public Section section(UnitSection section) {
        return sections.get(section);
    }
}
