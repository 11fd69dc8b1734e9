package dk.peermentor.documents;

/**
 * A run of text with one look: bold, italic, code, or a link to {@code link}. A span whose text is
 * {@code "\n"} is a hard line break.
 */
public record Span(String text, boolean bold, boolean italic, boolean code, String link) {

    public static Span plain(String text) {
        return new Span(text, false, false, false, null);
    }

    public static Span bold(String text) {
        return new Span(text, true, false, false, null);
    }

    public static Span italic(String text) {
        return new Span(text, false, true, false, null);
    }

    public static Span lineBreak() {
        return plain("\n");
    }

    boolean isLineBreak() {
        return "\n".equals(text);
    }

    PdfFonts.Style style() {
        return PdfFonts.Style.of(bold, italic);
    }

    /** Same look, so the two can be drawn as one piece of text. */
    boolean looksLike(Span other) {
        return bold == other.bold && italic == other.italic && code == other.code
                && java.util.Objects.equals(link, other.link);
    }
}
