package dk.peermentor.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of every PDF the module prints (course materials, certificates): DejaVu Sans in four
 * styles, shipped in {@code fonts/} with its licence. It covers Latin Extended, so Danish letters and
 * names from all over Europe print as written.
 * <p>
 * Each TrueType file is parsed once per JVM, on first use, and kept; a document only embeds a subset
 * of the glyphs it uses: {@code PdfFonts.embedIn(document).font(Style.BOLD)}.
 * <p>
 * The parsed {@link TrueTypeFont}s are shared by all threads. FontBox fonts are meant to be shared
 * between documents (PDFBox's own font cache does so), and FontBox 3.0.x reads its lazily loaded
 * tables and glyphs under a lock; a document only reads them while it subsets, and never closes them.
 * {@code PdfFontsTest} builds documents concurrently to keep us honest.
 */
public final class PdfFonts {

    /** The four faces of the family. */
    public enum Style {
        REGULAR("DejaVuSans.ttf"),
        BOLD("DejaVuSans-Bold.ttf"),
        OBLIQUE("DejaVuSans-Oblique.ttf"),
        BOLD_OBLIQUE("DejaVuSans-BoldOblique.ttf");

        private final String file;

        Style(String file) {
            this.file = file;
        }

        public static Style of(boolean bold, boolean oblique) {
            return bold ? (oblique ? BOLD_OBLIQUE : BOLD) : (oblique ? OBLIQUE : REGULAR);
        }
    }

    /** Printed for a character the font has no glyph for (DejaVu has the replacement character). */
    static final int REPLACEMENT = 0xFFFD;

    private PdfFonts() {
    }

    /** Parsed on first use, by whichever thread comes first; the JVM's class initialisation is the lock. */
    private static final class Parsed {
        static final Map<Style, Face> FACES = parseAll();

        private static Map<Style, Face> parseAll() {
            Map<Style, Face> faces = new EnumMap<>(Style.class);
            for (Style style : Style.values()) {
                faces.put(style, parse(style));
            }
            return faces;
        }

        private static Face parse(Style style) {
            String resource = "fonts/" + style.file;
            try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("The font " + resource + " is missing from the application");
                }
                // Never closed: the subsetter reads from it for as long as the JVM prints documents.
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                return new Face(font, font.getUnicodeCmapLookup());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the font " + resource, e);
            }
        }
    }

    /** A parsed font and its Unicode cmap (immutable once read), to ask which characters it has. */
    record Face(TrueTypeFont font, CmapLookup cmap) {
        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }
    }

    static Face face(Style style) {
        return Parsed.FACES.get(style);
    }

    /** The parsed font of a style, shared: do not close it. */
    public static TrueTypeFont parsed(Style style) {
        return face(style).font();
    }

    /** The fonts for one document; each style is embedded as a subset when first used. */
    public static DocumentFonts embedIn(PDDocument document) {
        return new DocumentFonts(document);
    }

    /** The four styles for one document: the embedded fonts, and text made printable with them. */
    public static final class DocumentFonts {
        private final PDDocument document;
        private final Map<Style, PDType0Font> loaded = new EnumMap<>(Style.class);

        private DocumentFonts(PDDocument document) {
            this.document = document;
        }

        public PDType0Font font(Style style) {
            return loaded.computeIfAbsent(style, s -> {
                try {
                    return PDType0Font.load(document, parsed(s), true);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot embed " + s.file, e);
                }
            });
        }

        /** Width of {@code text} in points; the text must be {@link #printable printable}. */
        public float width(String text, Style style, float size) {
            try {
                return font(style).getStringWidth(text) / 1000f * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** See {@link PdfFonts#printable(String, Style)}. */
        public String printable(String text, Style style) {
            return PdfFonts.printable(text, style);
        }
    }

    /**
     * The text with every character the font cannot print replaced by U+FFFD (or '?'), tabs as a
     * space and other control characters removed, so that content from anywhere never stops a
     * document from being printed.
     */
    public static String printable(String text, Style style) {
        Face face = face(style);
        StringBuilder out = null;
        for (int i = 0; i < text.length();) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            String replacement = null;
            if (codePoint == '\t') {
                replacement = " ";
            } else if (Character.isISOControl(codePoint) || codePoint == 0xFEFF) {
                replacement = "";
            } else if (!face.has(codePoint)) {
                replacement = face.has(REPLACEMENT) ? Character.toString(REPLACEMENT) : "?";
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : text.substring(i, i + width));
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }
}
