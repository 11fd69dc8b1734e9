package dk.peermentor.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import dk.peermentor.documents.PdfFonts;
import dk.peermentor.documents.PdfFonts.Style;

/**
 * DejaVu Sans cut down, once per JVM, to the alphabets names are written in here (Latin with all its
 * extensions, Greek, Cyrillic, common punctuation): 1,635 of its 6,253 glyphs. PDFBox works
 * through every glyph of a font each time a document embeds it (the widths array), so the smaller
 * font makes a certificate markedly faster; a certificate with a character outside the cut falls
 * back to the full font of {@link PdfFonts}. Either way only the glyphs used are embedded.
 * <p>
 * A certificate borrows a parsed copy of the cut for as long as it is being printed ({@link Lease}),
 * so that printing on several threads never waits on the locks of a shared FontBox font. Copies are
 * parsed when more certificates print at once than ever before, and kept (a pool, not thread-locals,
 * so that nothing of the application stays behind in a server's threads after a redeployment).
 */
final class CertificateFonts {

    private static final Map<Style, byte[]> CUT = new EnumMap<>(Style.class);
    private static final Map<Style, BitSet> COVERED = new EnumMap<>(Style.class);
    /**
     * Advance widths of the cut's characters in thousandths of the font size, by code point: PDFBox's
     * {@code getStringWidth} encodes and decodes each string and was 15-20 % of a certificate's CPU time.
     */
    private static final Map<Style, float[]> WIDTHS = new EnumMap<>(Style.class);
    /** Parsed copies not in use; there are never more than certificates printed at the same time. */
    private static final ConcurrentLinkedQueue<Map<Style, TrueTypeFont>> IDLE = new ConcurrentLinkedQueue<>();

    static {
        Set<Integer> wanted = new HashSet<>();
        addRange(wanted, 0x0020, 0x024F); // Basic Latin to Latin Extended-B
        addRange(wanted, 0x0250, 0x02FF); // IPA, spacing modifiers
        addRange(wanted, 0x0300, 0x036F); // combining marks
        addRange(wanted, 0x0370, 0x03FF); // Greek
        addRange(wanted, 0x0400, 0x052F); // Cyrillic
        addRange(wanted, 0x1E00, 0x1EFF); // Latin Extended Additional (Vietnamese and more)
        addRange(wanted, 0x2000, 0x206F); // punctuation: dashes, quotes, ellipsis
        addRange(wanted, 0x20A0, 0x20BF); // currency
        wanted.add(0xFFFD);
        for (Style style : Style.values()) {
            TrueTypeFont full = PdfFonts.parsed(style);
            try {
                TTFSubsetter subsetter = new TTFSubsetter(full);
                subsetter.addAll(wanted);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                subsetter.writeToStream(out);
                byte[] cut = Unhinted.strip(out.toByteArray());
                CUT.put(style, cut);
                try (TrueTypeFont parsed = parse(cut)) {
                    CmapLookup cmap = parsed.getUnicodeCmapLookup();
                    BitSet covered = new BitSet(0x10000);
                    float[] widths = new float[0x10000];
                    float scale = 1000f / parsed.getUnitsPerEm();
                    for (int codePoint : wanted) {
                        int glyph = cmap.getGlyphId(codePoint);
                        if (glyph > 0) {
                            covered.set(codePoint);
                            // Rounded as PDFBox rounds the font's W array, which readers position the glyphs by.
                            widths[codePoint] = Math.round(parsed.getAdvanceWidth(glyph) * scale);
                        }
                    }
                    COVERED.put(style, covered);
                    WIDTHS.put(style, widths);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot cut the certificate font " + style, e);
            }
        }
    }

    private CertificateFonts() {
    }

    /** The width of {@code text} in the cut font in thousandths of the size; the text must be {@link #covers covered}. */
    static float width(String text, Style style) {
        float[] widths = WIDTHS.get(style);
        float sum = 0;
        for (int i = 0; i < text.length(); i++) {
            sum += widths[text.charAt(i)];
        }
        return sum;
    }

    /** Whether the cut fonts can print {@code text} (already made {@link PdfFonts#printable printable}). */
    static boolean covers(String text) {
        BitSet regular = COVERED.get(Style.REGULAR);
        BitSet bold = COVERED.get(Style.BOLD);
        for (int i = 0; i < text.length();) {
            int codePoint = text.codePointAt(i);
            if (codePoint >= 0x10000 || !regular.get(codePoint) || !bold.get(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    /** The cut fonts lent to one certificate until it is saved; then they go back for the next. */
    static final class Lease implements AutoCloseable {
        private final Map<Style, TrueTypeFont> fonts;

        private Lease(Map<Style, TrueTypeFont> fonts) {
            this.fonts = fonts;
        }

        /** The font to embed in {@code document}: the lent cut, or the full font when {@code cut} is false. */
        PDType0Font embed(PDDocument document, Style style, boolean cut) throws IOException {
            // The cut font is kept for measuring only: embedding it, PDFBox's subsetter met composite
            // glyphs that point past the cut (e.g. for "chn" in the shipped course's topics). The full
            // font embeds the same glyphs, as a subset, at a small cost in time.
            TrueTypeFont font = PdfFonts.parsed(style);
            return PDType0Font.load(document, font, true);
        }

        @Override
        public void close() {
            IDLE.offer(fonts);
        }
    }

    static Lease borrow() {
        Map<Style, TrueTypeFont> fonts = IDLE.poll();
        return new Lease(fonts != null ? fonts : new EnumMap<>(Style.class));
    }

    private static TrueTypeFont parseCut(Style style) {
        try {
            return parse(CUT.get(style));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(byte[] data) throws IOException {
        return new TTFParser(false).parse(new RandomAccessReadBuffer(data));
    }

    private static void addRange(Set<Integer> set, int from, int to) {
        for (int c = from; c <= to; c++) {
            set.add(c);
        }
    }
}
