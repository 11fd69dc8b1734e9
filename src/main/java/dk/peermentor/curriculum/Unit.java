package dk.peermentor.curriculum;

import java.util.Map;

import dk.peermentor.platform.Language;

/** What one teaching day teaches, in every language the module speaks. */
public record Unit(String id, int day, Map<Language, UnitText> texts) {

    public Unit {
        texts = Map.copyOf(texts);
    }

    public UnitText text(Language language) {
        return texts.get(language);
    }
}
