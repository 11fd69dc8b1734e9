package dk.peermentor.curriculum;

import java.util.Arrays;
import java.util.Optional;

/**
 * The six parts every unit has, in this order. In the Markdown a part starts with a level-2 heading
 * that ends in its marker, e.g. {@code ## Læringsmål {#objectives}}; the heading text is the
 * language's own, the marker is what the loader and the pages rely on.
 */
public enum UnitSection {
    OBJECTIVES("objectives"),
    PREPARATION("preparation"),
    PROGRAMME("programme"),
    EXERCISES("exercises"),
    REFLECTION("reflection"),
    FURTHER_READING("further-reading");

    private final String marker;

    UnitSection(String marker) {
        this.marker = marker;
    }

    public String marker() {
        return marker;
    }

    public static Optional<UnitSection> ofMarker(String marker) {
        return Arrays.stream(values()).filter(s -> s.marker.equals(marker)).findFirst();
    }
}
