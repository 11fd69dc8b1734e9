package dk.peermentor.certificates;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import dk.peermentor.documents.PdfFonts;
import dk.peermentor.documents.PdfFonts.Style;
import dk.peermentor.platform.Language;
import dk.peermentor.platform.Messages;

/**
 * Prints a certificate as a one-page A4 landscape PDF/A-2b: programme and logo, the heading, the
 * graduate's name, what they completed and when, the six units with their topics, the hours, place
 * and date, the signatory, and the number, verification code and a QR code of the public verification
 * link. Layout in {@code docs/certificates.md}.
 * <p>
 * Thread-safe and meant to be reused: one instance per application. Everything that does not depend
 * on the certificate (the parsed font, the ICC profile, the XMP template, the labels, a logo already
 * seen) is prepared once. Usage: {@code byte[] pdf = new CertificatePdf().toBytes(content);}
 */
public final class CertificatePdf {

    static final float MM = 72f / 25.4f;
    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float W = PAGE.getWidth();
    private static final float H = PAGE.getHeight();
    /** Where text may go, left and right. */
    private static final float LEFT = 28 * MM;
    private static final float RIGHT = W - 28 * MM;
    /** The line of the signatures, and the lowest the body above it may reach. */
    private static final float SIGNATURE_LINE = 36 * MM;
    private static final float SIGNATURE_TOP = SIGNATURE_LINE + 16 * MM;

    static final Color NAVY = new Color(0x1a, 0x3c, 0x5e);
    static final Color GOLD = new Color(0xa8, 0x86, 0x3b);
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x5f, 0x66, 0x6d);
    static final Color BLACK = Color.BLACK;

    /** The labels of a language, read from the bundle once. */
    private record Labels(String heading, String certifies, String completed, String period, String day, String hours,
            String placeAndDate, String number, String code, String verify, DateTimeFormatter dates, String title,
            String subject) {
        static Labels of(Language language) {
            return new Labels(t(language, "heading"), t(language, "certifies"), t(language, "completed"),
                    t(language, "period"), t(language, "day"), t(language, "hours"), t(language, "placeAndDate"),
                    t(language, "number"), t(language, "code"), t(language, "verify"),
                    DateTimeFormatter.ofPattern(t(language, "datePattern"), language.locale()), t(language, "title"),
                    t(language, "subject"));
        }

        private static String t(Language language, String key) {
            return Messages.text(language, "certificate.pdf." + key);
        }
    }

    private final Map<Language, Labels> labels = new EnumMap<>(Language.class);
    private final CompressParameters compression;

    /**
     * Writes with object streams: with the full font embedded they keep a certificate under 30 KB
     * (29.4 KB against 31.4 KB) for 2 % more time.
     */
    public CertificatePdf() {
        this(CompressParameters.DEFAULT_COMPRESSION);
    }

    CertificatePdf(CompressParameters compression) {
        this.compression = compression;
        for (Language language : Language.values()) {
            labels.put(language, Labels.of(language));
        }
    }

    /** Writes the certificate to {@code out}, which stays open. */
    public void write(CertificateContent content, OutputStream out) {
        // The fonts are lent until the save has made their subsets.
        try (CertificateFonts.Lease fonts = CertificateFonts.borrow();
                PDDocument document = draw(content, Instant.now(), fonts).document()) {
            document.save(new KeepOpen(out), compression);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write certificate " + content.number(), e);
        }
    }

    public byte[] toBytes(CertificateContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(24 * 1024);
        write(content, out);
        return out.toByteArray();
    }

    /** The certificate as an open document (not yet saved: font subsets are made when it is saved). */

    /**
     * The certificate as an open document whose fonts are subset already, ready for its page to be
     * copied into a merged file without saving it first.
     */
    PDDocument buildSubset(CertificateContent content) throws IOException {
        try (CertificateFonts.Lease fonts = CertificateFonts.borrow()) {
            Drawn drawn = draw(content, Instant.now(), fonts);
            try {
                for (PDFont font : drawn.fonts()) {
                    font.subset();
                }
                return drawn.document();
            } catch (IOException | RuntimeException e) {
                drawn.document().close();
                throw e;
            }
        }
    }

    /** A drawn certificate and the fonts it embeds. */
    private record Drawn(PDDocument document, List<PDFont> fonts) {
    }

    private Drawn draw(CertificateContent content, Instant created, CertificateFonts.Lease fonts) throws IOException {
        Labels l = labels.get(content.language());
        PDDocument document = new PDDocument();
        try {
            Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            calendar.setTimeInMillis(created.getEpochSecond() * 1000);
            PdfA2b.apply(document, format(l.title(), content.graduateName()), nonNull(content.programmeName()),
                    format(l.subject(), content.number()), calendar);
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            Drawing drawing;
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                drawing = new Drawing(document, stream, l, content, fonts);
                drawing.draw(content);
            }
            return new Drawn(document, drawing.usedFonts());
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    /** The title of a merged file of certificates (Danish and English). */
    String mergedTitle() {
        return labels.get(Language.DA).heading() + " / " + labels.get(Language.EN).heading();
    }

    String mergedAuthor() {
        return PdfA2b.PRODUCER;
    }

    private static String format(String pattern, Object... arguments) {
        return new java.text.MessageFormat(pattern.replace("'", "''")).format(arguments);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text.strip();
    }

    /** Drawing one page; not shared between threads. */
    private static final class Drawing {
        private final PDDocument document;
        private final PDPageContentStream out;
        /** Whether the cut-down fonts of {@link CertificateFonts} have every character of this certificate. */
        private final boolean cut;
        private final CertificateFonts.Lease lease;
        private final Map<Style, PDType0Font> fonts = new EnumMap<>(Style.class);
        private final Labels l;
        private Style currentStyle;
        private float currentSize;
        /** In the first pass, nothing is drawn: the layout is only measured. */
        private boolean measuring;
        private final java.util.Set<Style> used = java.util.EnumSet.noneOf(Style.class);

        List<PDFont> usedFonts() {
            List<PDFont> list = new ArrayList<>();
            for (Style style : used) {
                list.add(font(style));
            }
            return list;
        }

        Drawing(PDDocument document, PDPageContentStream out, Labels labels, CertificateContent content,
                CertificateFonts.Lease lease) {
            this.lease = lease;
            this.document = document;
            this.out = out;
            this.l = labels;
            this.cut = fitsCut(content);
        }

        private boolean fitsCut(CertificateContent c) {
            StringBuilder all = new StringBuilder(512);
            for (String text : new String[] { c.programmeName(), c.graduateName(), c.courseTitle(), c.place(),
                    c.signatoryName(), c.signatoryTitle(), c.number(), c.verificationCode(), c.verificationUrl(),
                    l.heading(), l.certifies(), l.completed(), l.period(), l.hours(), l.placeAndDate(), l.number(),
                    l.code(), l.verify(), l.day() }) {
                if (text != null) {
                    all.append(text).append(' ');
                }
            }
            for (CertificateContent.UnitLine unit : c.units()) {
                all.append(unit.title()).append(' ');
                unit.topics().forEach(topic -> all.append(topic).append(' '));
            }
            // Upper case: the programme and the heading are printed in capitals.
            String text = all.toString();
            return CertificateFonts.covers(PdfFonts.printable(text, Style.REGULAR))
                    && CertificateFonts.covers(PdfFonts.printable(text.toUpperCase(c.language().locale()), Style.BOLD))
                    && CertificateFonts.covers("0123456789.,:- ·…" + l.dates().format(LocalDate.of(2000, 9, 30)));
        }

        private PDType0Font font(Style style) {
            return fonts.computeIfAbsent(style, s -> {
                try {
                    return lease.embed(document, s, cut);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** Lays the page out once without drawing, then draws it with the spare height shared above and below. */
        void draw(CertificateContent c) throws IOException {
            measuring = true;
            float bottom = body(c, H - 20 * MM);
            measuring = false;
            float spare = Math.max(0, bottom - SIGNATURE_TOP);
            frame();
            body(c, H - 20 * MM - spare * 0.45f);
            signatures(c);
            verification(c);
        }

        /** Everything above the signatures, from {@code top}; returns the lowest y used. */
        private float body(CertificateContent c, float top) throws IOException {
            float y = top;

            PDImageXObject logo = Logos.image(document, c.logoPng());
            if (logo != null) {
                float scale = Math.min(50 * MM / logo.getWidth(), 14 * MM / logo.getHeight());
                float w = logo.getWidth() * scale;
                float h = logo.getHeight() * scale;
                if (!measuring) {
                    out.drawImage(logo, (W - w) / 2, y - h, w, h);
                }
                y -= h + 4 * MM;
            } else {
                y -= 8 * MM;
            }

            String programme = nonNull(c.programmeName()).toUpperCase(c.language().locale());
            if (!programme.isEmpty()) {
                float size = fit(programme, Style.BOLD, 11, RIGHT - LEFT, 1.6f);
                centred(programme, Style.BOLD, size, y - size, GOLD, 1.6f);
                y -= size + 7 * MM;
            }

            String heading = l.heading().toUpperCase(c.language().locale());
            centred(heading, Style.BOLD, 34, y - 28, NAVY, 4f);
            y -= 28 + 5 * MM;
            rule(W / 2 - 22 * MM, W / 2 + 22 * MM, y, GOLD, 1.2f);
            y -= 8 * MM;

            centred(l.certifies(), Style.REGULAR, 12, y - 10, MUTED, 0);
            y -= 12 + 6 * MM;

            String name = nonNull(c.graduateName());
            float nameSize = fit(name, Style.BOLD, 30, RIGHT - LEFT - 20 * MM, 0);
            centred(name, Style.BOLD, nameSize, y - 24, INK, 0);
            y -= 24 + 4 * MM;
            float half = Math.max(70 * MM, width(name, Style.BOLD, nameSize, 0) / 2 + 6 * MM);
            rule(W / 2 - half, W / 2 + half, y, NAVY, 0.4f);
            y -= 6 * MM;

            for (String line : wrap(format(l.completed(), nonNull(c.courseTitle())), Style.REGULAR, 12.5f, 200 * MM, 2)) {
                centred(line, Style.REGULAR, 12.5f, y - 10, INK, 0);
                y -= 12.5f * 1.4f;
            }
            if (c.firstDay() != null && c.lastDay() != null) {
                centred(format(l.period(), date(c.firstDay()), date(c.lastDay())), Style.REGULAR, 12.5f, y - 10, INK, 0);
                y -= 12.5f * 1.4f;
            }
            y -= 5 * MM;

            if (c.totalHours() > 0) {
                String hours = format(l.hours(), c.totalHours()).toUpperCase(c.language().locale());
                centred(hours, Style.BOLD, 8, y - 7, NAVY, 1.2f);
                y -= 8 + 4 * MM;
            }
            return units(c.units(), y);
        }

        /** A double frame: a navy rule and a thin gold one inside it, with small corner diamonds. */
        private void frame() throws IOException {
            if (measuring) {
                return;
            }
            out.setStrokingColor(NAVY);
            out.setLineWidth(1.6f);
            out.addRect(10 * MM, 10 * MM, W - 20 * MM, H - 20 * MM);
            out.stroke();
            out.setStrokingColor(GOLD);
            out.setLineWidth(0.5f);
            out.addRect(12.5f * MM, 12.5f * MM, W - 25 * MM, H - 25 * MM);
            out.stroke();
            out.setNonStrokingColor(GOLD);
            float d = 2.2f * MM;
            for (float[] corner : new float[][] { { 12.5f * MM, 12.5f * MM }, { W - 12.5f * MM, 12.5f * MM },
                    { 12.5f * MM, H - 12.5f * MM }, { W - 12.5f * MM, H - 12.5f * MM } }) {
                float x = corner[0];
                float y = corner[1];
                out.moveTo(x, y + d);
                out.lineTo(x + d, y);
                out.lineTo(x, y - d);
                out.lineTo(x - d, y);
                out.closePath();
            }
            out.fill();
        }

        /** The units in a grid of three columns; returns the y below it. */
        private float units(List<CertificateContent.UnitLine> units, float top) throws IOException {
            if (units.isEmpty()) {
                return top;
            }
            float gap = 8 * MM;
            float column = (RIGHT - LEFT - 2 * gap) / 3;
            float y = top;
            for (int row = 0; row * 3 < units.size(); row++) {
                float rowHeight = 0;
                for (int col = 0; col < 3 && row * 3 + col < units.size(); col++) {
                    CertificateContent.UnitLine unit = units.get(row * 3 + col);
                    float x = LEFT + col * (column + gap);
                    float h = unit(unit, x, y, column);
                    rowHeight = Math.max(rowHeight, h);
                }
                y -= rowHeight + 3 * MM;
            }
            return y;
        }

        private float unit(CertificateContent.UnitLine unit, float x, float top, float width) throws IOException {
            String label = format(l.day(), unit.day()).toUpperCase();
            float y = top - 7;
            text(label, Style.BOLD, 7, x, y, GOLD, 0.8f);
            y -= 11.5f;
            List<String> title = wrap(unit.title(), Style.BOLD, 9.5f, width, 2);
            for (String line : title) {
                text(line, Style.BOLD, 9.5f, x, y, NAVY, 0);
                y -= 11.5f;
            }
            if (!unit.topics().isEmpty()) {
                List<String> topics = wrap(String.join(" · ", unit.topics()), Style.REGULAR, 8, width, 3);
                for (String line : topics) {
                    text(line, Style.REGULAR, 8, x, y, MUTED, 0);
                    y -= 10;
                }
            }
            return top - y - 4;
        }

        /** Place and date on the left, the signatory in the middle, each above its label. */
        private void signatures(CertificateContent c) throws IOException {
            float line = SIGNATURE_LINE;
            float leftWidth = 72 * MM;
            String placeAndDate = nonNull(c.place());
            if (c.issuedOn() != null) {
                placeAndDate = placeAndDate.isEmpty() ? date(c.issuedOn()) : placeAndDate + ", " + date(c.issuedOn());
            }
            float size = fit(placeAndDate, Style.REGULAR, 11, leftWidth, 0);
            text(placeAndDate, Style.REGULAR, size, LEFT, line + 5, INK, 0);
            rule(LEFT, LEFT + leftWidth, line, MUTED, 0.5f);
            text(l.placeAndDate(), Style.REGULAR, 8, LEFT, line - 11, MUTED, 0);

            float half = 42 * MM;
            rule(W / 2 - half, W / 2 + half, line, MUTED, 0.5f);
            String signatory = nonNull(c.signatoryName());
            if (!signatory.isEmpty()) {
                centred(signatory, Style.BOLD, fit(signatory, Style.BOLD, 11, 2 * half, 0), line - 13, INK, 0);
            }
            String title = nonNull(c.signatoryTitle());
            if (!title.isEmpty()) {
                centred(title, Style.REGULAR, fit(title, Style.REGULAR, 8.5f, 2 * half, 0), line - 25, MUTED, 0);
            }
        }

        /** The QR code at the bottom right; number, code and link in one small line at the bottom. */
        private void verification(CertificateContent c) throws IOException {
            float size = 25 * MM;
            float x = RIGHT - size;
            float y = 19 * MM;
            QrCode.draw(out, c.verificationUrl(), x, y, size, BLACK);

            List<String> parts = new ArrayList<>(3);
            parts.add(format(l.number(), c.number()));
            if (c.verificationCode() != null && !c.verificationCode().isBlank()) {
                parts.add(format(l.code(), c.verificationCode()));
            }
            parts.add(format(l.verify(), c.verificationUrl()));
            String line = String.join("   ·   ", parts);
            float max = 2 * (x - 5 * MM - W / 2);
            centred(line, Style.REGULAR, fit(line, Style.REGULAR, 7.5f, max, 0), 17 * MM, MUTED, 0);
        }

        // ---- primitives ----------------------------------------------------------------------

        private String date(LocalDate date) {
            return l.dates().format(date);
        }

        private void text(String text, Style style, float size, float x, float y, Color color, float spacing)
                throws IOException {
            if (measuring) {
                return;
            }
            String printable = PdfFonts.printable(text, style);
            out.beginText();
            if (style != currentStyle || size != currentSize) {
                used.add(style);
                out.setFont(font(style), size);
                currentStyle = style;
                currentSize = size;
            }
            out.setNonStrokingColor(color);
            if (spacing != 0) {
                out.setCharacterSpacing(spacing);
            }
            out.newLineAtOffset(x, y);
            out.showText(printable);
            if (spacing != 0) {
                out.setCharacterSpacing(0);
            }
            out.endText();
        }

        private void centred(String text, Style style, float size, float y, Color color, float spacing)
                throws IOException {
            float width = width(text, style, size, spacing);
            text(text, style, size, (W - width) / 2, y, color, spacing);
        }

        private float width(String text, Style style, float size, float spacing) {
            String printable = PdfFonts.printable(text, style);
            // Character spacing follows every character but the last.
            int count = printable.codePointCount(0, printable.length());
            try {
                float thousandths = cut ? CertificateFonts.width(printable, style) : font(style).getStringWidth(printable);
                return thousandths / 1000f * size + Math.max(0, count - 1) * spacing;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The largest size up to {@code max} at which the text fits {@code width}: long names shrink. */
        private float fit(String text, Style style, float max, float width, float spacing) {
            float natural = width(text, style, max, spacing);
            if (natural <= width) {
                return max;
            }
            // Width grows linearly with the size (spacing aside, which we shrink with it).
            return Math.max(4f, (float) Math.floor(max * width / natural * 10) / 10);
        }

        /** Word-wrapped lines, at most {@code maxLines}; the last one ends with an ellipsis when cut. */
        private List<String> wrap(String text, Style style, float size, float width, int maxLines) {
            List<String> lines = new ArrayList<>(maxLines);
            StringBuilder line = new StringBuilder();
            String[] words = nonNull(text).split("\\s+");
            int i = 0;
            for (; i < words.length; i++) {
                String word = words[i];
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, style, size, 0) <= width || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                    if (lines.size() == maxLines) {
                        break;
                    }
                }
            }
            if (lines.size() < maxLines && !line.isEmpty()) {
                lines.add(line.toString());
            } else if (lines.size() == maxLines) {
                String last = lines.get(maxLines - 1);
                while (!last.isEmpty() && width(last + "…", style, size, 0) > width) {
                    last = last.substring(0, last.length() - 1);
                }
                lines.set(maxLines - 1, last.strip() + "…");
            }
            // A single word wider than the column is shortened too.
            for (int j = 0; j < lines.size(); j++) {
                String l2 = lines.get(j);
                if (width(l2, style, size, 0) > width) {
                    while (l2.length() > 1 && width(l2 + "…", style, size, 0) > width) {
                        l2 = l2.substring(0, l2.length() - 1);
                    }
                    lines.set(j, l2 + "…");
                }
            }
            return lines;
        }

        private void rule(float x1, float x2, float y, Color color, float width) throws IOException {
            if (measuring) {
                return;
            }
            out.setStrokingColor(color);
            out.setLineWidth(width);
            out.moveTo(x1, y);
            out.lineTo(x2, y);
            out.stroke();
        }
    }

    /** Lets PDFBox close what it thinks is its stream without closing the caller's. */
    static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
