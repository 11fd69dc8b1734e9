package dk.peermentor.certificates;

import java.text.Normalizer;

/**
 * File names every file system takes: Danish letters folded the Danish way (æ→ae, ø→oe, å→aa),
 * other accents dropped, anything but letters, digits and hyphens removed.
 */
public final class FileNames {

    private FileNames() {
    }

    /** {@code 2026-0042-Kjaergaard-Mette.pdf}. */
    public static String certificate(String number, String familyName, String givenName) {
        return safe(number) + "-" + safe(familyName) + "-" + safe(givenName) + ".pdf";
    }

    /** The ASCII-only, hyphen-joined form of {@code text}; "x" when nothing is left. */
    public static String safe(String text) {
        if (text == null) {
            return "x";
        }
        String folded = text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae")
                .replace("Ø", "Oe").replace("Å", "Aa").replace("ß", "ss");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String safe = folded.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? "x" : safe;
    }
}
