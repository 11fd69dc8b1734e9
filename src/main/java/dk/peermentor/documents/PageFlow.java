package dk.peermentor.documents;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import dk.peermentor.documents.PdfFonts.Style;

/**
 * Lays text out on A4 pages from top to bottom: wrapped paragraphs, list items with a hanging
 * marker, headings kept with what follows them, tables split over pages with the header repeated,
 * rules, block-quote bars; at the end a footer on every page with its running title and "page n of
 * m", then the document is saved.
 * <p>
 * Not thread-safe: one flow builds one document. Usage:
 * <pre>
 * try (PageFlow flow = new PageFlow(info)) {
 *     flow.newPage("Krisehåndtering");
 *     flow.heading(List.of(Span.plain("Dagens program")), MarkdownPdf.headingSize(2), 12);
 *     flow.paragraph(List.of(Span.plain("…")));
 *     flow.finish((n, m) -&gt; "Side " + n + " af " + m, out);
 * }
 * </pre>
 */
public final class PageFlow implements AutoCloseable {

    /** Title, author and language (ISO 639-1) of the document. */
    public record Info(String title, String author, String language) {
    }

    /** How to say "page n of m" in the document's language. */
    @FunctionalInterface
    public interface PageLabel {
        String of(int page, int pages);
    }

    public static final float MM = 72f / 25.4f;
    static final PDRectangle SIZE = PDRectangle.A4;
    static final float MARGIN = 20 * MM;
    /** The footer sits in the bottom margin; the body stops above it. */
    static final float BOTTOM = MARGIN + 8 * MM;
    public static final float BODY_SIZE = 11f;
    public static final float LEADING = 1.4f;
    static final float INDENT = 7 * MM;

    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color HEADING = new Color(0x1a, 0x3c, 0x5e);
    static final Color LINK = new Color(0x1a, 0x56, 0xb0);
    static final Color MUTED = new Color(0x66, 0x66, 0x66);
    static final Color RULE = new Color(0xb0, 0xb0, 0xb0);
    static final Color SHADE = new Color(0xee, 0xee, 0xee);
    static final Color QUOTE_BAR = new Color(0x9f, 0xb6, 0xcd);

    /** One page: its content stream stays open until {@link #finish}, so a table of contents can be filled in later. */
    public static final class Page {
        private final PDPage page;
        private final PDPageContentStream content;
        private final String runningTitle;
        private final int number;
        /** The font last set on this page: setting it again costs PDFBox a walk over the resources. */
        private Style style;
        private float size;

        private Page(PDPage page, PDPageContentStream content, String runningTitle, int number) {
            this.page = page;
            this.content = content;
            this.runningTitle = runningTitle;
            this.number = number;
        }

        /** 1-based. */
        public int number() {
            return number;
        }
    }

    private record Fragment(String text, Span look, float x, float width) {
    }

    /** One wrapped line: its pieces, their size, and its height. */
    record Line(List<Fragment> fragments, float size, float height) {
    }

    private final PDDocument document = new PDDocument();
    private final PdfFonts.DocumentFonts fonts = PdfFonts.embedIn(document);
    private final Info info;
    private final List<Page> pages = new ArrayList<>();
    private PDDocumentOutline outline;
    private Page page;
    private float y;
    private float left = MARGIN;
    private int quoteDepth;
    private final List<PendingHeading> pending = new ArrayList<>();
    private final List<String> pendingBookmarks = new ArrayList<>();

    public PageFlow(Info info) {
        this.info = info;
    }

    // ---- pages and cursor --------------------------------------------------------------------

    /** Starts a new page whose footer names {@code runningTitle}. */
    public Page newPage(String runningTitle) {
        flushHeadings(0);
        return openPage(runningTitle);
    }

    private Page openPage(String runningTitle) {
        PDPage pdPage = new PDPage(SIZE);
        document.addPage(pdPage);
        try {
            page = new Page(pdPage, new PDPageContentStream(document, pdPage), runningTitle, pages.size() + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pages.add(page);
        y = SIZE.getHeight() - MARGIN;
        return page;
    }

    private float right() {
        return SIZE.getWidth() - MARGIN;
    }

    /** Width available for text at the current indentation. */
    public float width() {
        return right() - left;
    }

    /** Moves the cursor down; at the page bottom the space is dropped rather than carried over. */
    public void space(float points) {
        float to = Math.max(y - points, BOTTOM);
        if (quoteDepth > 0) {
            quoteBars(y, to);
        }
        y = to;
    }

    /** Starts a new page unless {@code height} still fits below the cursor. */
    public void keep(float height) {
        if (y - height < BOTTOM && y < SIZE.getHeight() - MARGIN - 1) {
            openPage(page.runningTitle);
        }
    }

    public void indent(float points) {
        left += points;
    }

    public void quote(boolean enter) {
        quoteDepth += enter ? 1 : -1;
        indent(enter ? INDENT + 2 : -(INDENT + 2));
    }

    // ---- text --------------------------------------------------------------------------------

    public static float lineHeight(float size) {
        return size * LEADING;
    }

    /** A wrapped paragraph at the body size. */
    public void paragraph(List<Span> spans) {
        paragraph(spans, BODY_SIZE, TEXT, null);
    }

    /**
     * A wrapped paragraph; {@code marker} (a bullet or "3.") hangs left of the first line, in the
     * indentation the caller made for it. Keeps at least two lines together at a page bottom.
     */
    public void paragraph(List<Span> spans, float size, Color color, String marker) {
        color = color == null ? TEXT : color;
        List<Line> lines = wrap(spans, size, width());
        if (lines.isEmpty() && marker != null) {
            lines = List.of(new Line(List.of(), size, lineHeight(size)));
        }
        float start = lines.isEmpty() ? 0 : lines.size() == 1 ? lines.get(0).height()
                : lines.get(0).height() + lines.get(1).height();
        flushHeadings(start);
        keep(start);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            keep(line.height());
            float baseline = baseline(y, line);
            if (i == 0 && marker != null) {
                String printable = fonts.printable(marker, Style.REGULAR);
                float markerWidth = fonts.width(printable, Style.REGULAR, size);
                text(page, printable, Style.REGULAR, size, color, left - markerWidth - 0.35f * size, baseline);
            }
            draw(page, line, left, baseline, color);
            if (quoteDepth > 0) {
                quoteBars(y, y - line.height());
            }
            y -= line.height();
        }
    }

    /**
     * A heading. It is drawn together with the start of what follows it (two lines of a paragraph,
     * the first rows of a table, the next heading and what follows that), so that a heading never
     * ends a page.
     */
    public void heading(List<Span> spans, float size, float spaceBefore) {
        pending.add(new PendingHeading(wrap(bold(spans), size, width()), size, spaceBefore, left));
    }

    private record PendingHeading(List<Line> lines, float size, float spaceBefore, float left) {
        float height() {
            return spaceBefore + lines.stream().map(Line::height).reduce(0f, Float::sum) + size * 0.3f;
        }
    }

    /** Draws the headings waiting for their content, on a new page unless they and {@code following} fit. */
    private void flushHeadings(float following) {
        if (pending.isEmpty()) {
            return;
        }
        float height = pending.stream().map(PendingHeading::height).reduce(0f, Float::sum);
        keep(height + following);
        for (PendingHeading heading : pending) {
            if (y < SIZE.getHeight() - MARGIN - 1) {
                space(heading.spaceBefore());
            }
            if (!pendingBookmarks.isEmpty()) {
                pendingBookmarks.forEach(this::addBookmark);
                pendingBookmarks.clear();
            }
            for (Line line : heading.lines()) {
                draw(page, line, heading.left(), baseline(y, line), HEADING);
                y -= line.height();
            }
            y -= heading.size() * 0.3f;
        }
        pending.clear();
    }

    /** Literal text in a shaded box, each source line on its own line (code, raw HTML). */
    public void literalBlock(String text, float size) {
        float pad = 4;
        String[] sourceLines = text.replaceAll("\\s+$", "").split("\n", -1);
        List<Line> lines = new ArrayList<>();
        for (String sourceLine : sourceLines) {
            List<Line> wrapped = wrap(List.of(new Span(sourceLine, false, false, false, null)), size, width() - 2 * pad);
            lines.addAll(wrapped.isEmpty() ? List.of(new Line(List.of(), size, lineHeight(size))) : wrapped);
        }
        flushHeadings(Math.min(3, lines.size()) * lineHeight(size) + 2 * pad);
        int i = 0;
        while (i < lines.size()) {
            keep(Math.min(3, lines.size() - i) * lineHeight(size) + 2 * pad);
            // As many lines as fit on this page, in one shaded box.
            float available = y - BOTTOM - 2 * pad;
            int end = i;
            float height = 0;
            while (end < lines.size() && (height + lines.get(end).height() <= available || end == i)) {
                height += lines.get(end).height();
                end++;
            }
            fill(page, SHADE, left, y - height - 2 * pad, width(), height + 2 * pad);
            float top = y - pad;
            for (int k = i; k < end; k++) {
                draw(page, lines.get(k), left + pad, baseline(top, lines.get(k)), TEXT);
                top -= lines.get(k).height();
            }
            y -= height + 2 * pad;
            i = end;
        }
    }

    /** A thin rule across the text width. */
    public void rule() {
        flushHeadings(12);
        keep(12);
        space(6);
        line(page, RULE, 0.75f, left, y, right(), y);
        space(6);
    }

    /** An entry in the document's bookmarks, pointing at the cursor. */
    public void bookmark(String title) {
        if (pending.isEmpty()) {
            addBookmark(title);
        } else {
            pendingBookmarks.add(title);
        }
    }

    private void addBookmark(String title) {
        if (outline == null) {
            outline = new PDDocumentOutline();
            document.getDocumentCatalog().setDocumentOutline(outline);
        }
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page.page);
        destination.setTop((int) y + 20);
        item.setDestination(destination);
        outline.addLast(item);
    }

    /**
     * A line of a table of contents on an earlier page: a label ("Dag 1"), the title in a column of
     * its own, dotted leaders and the page number, linked to the page. Returns the height used.
     */
    public float contentsLine(Page on, float top, String label, String title, Page target) {
        float size = BODY_SIZE + 1;
        float titleX = MARGIN + 18 * MM;
        String number = Integer.toString(target.number());
        String printable = fonts.printable(title, Style.REGULAR);
        float numberWidth = fonts.width(number, Style.REGULAR, size);
        float maxTitle = right() - titleX - numberWidth - 30;
        while (fonts.width(printable, Style.REGULAR, size) > maxTitle && printable.length() > 4) {
            printable = printable.substring(0, printable.length() - 2) + "…";
        }
        float baseline = top - lineHeight(size) * 0.75f;
        text(on, fonts.printable(label, Style.BOLD), Style.BOLD, size, HEADING, MARGIN, baseline);
        text(on, printable, Style.REGULAR, size, TEXT, titleX, baseline);
        float dot = fonts.width(". ", Style.REGULAR, size);
        float from = titleX + fonts.width(printable, Style.REGULAR, size) + 6;
        float to = right() - numberWidth - 6;
        String leaders = ". ".repeat(Math.max(0, (int) ((to - from) / dot))).trim();
        text(on, leaders, Style.REGULAR, size, MUTED, to - fonts.width(leaders, Style.REGULAR, size), baseline);
        text(on, number, Style.REGULAR, size, TEXT, right() - numberWidth, baseline);
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(target.page);
        destination.setTop((int) SIZE.getHeight());
        PDActionGoTo goTo = new PDActionGoTo();
        goTo.setDestination(destination);
        annotate(on, goTo, MARGIN, baseline - size * 0.3f, right() - MARGIN, size * 1.2f);
        return lineHeight(size) * 1.2f;
    }

    /** The cursor's height on the page, for {@link #contentsLine}. */
    public float cursor() {
        flushHeadings(0);
        return y;
    }

    // ---- tables ------------------------------------------------------------------------------

    /**
     * A table: column widths from the content (each at least its longest word), wrapped cells,
     * ruled lines, a bold shaded header row that is repeated on every page the table continues on.
     */
    public void table(List<List<List<Span>>> header, List<List<List<Span>>> rows) {
        float size = BODY_SIZE - 1;
        float pad = 4;
        int columns = header.isEmpty() ? 0 : header.get(0).size();
        for (List<List<Span>> row : rows) {
            columns = Math.max(columns, row.size());
        }
        if (columns == 0) {
            return;
        }
        float[] widths = columnWidths(header, rows, columns, size, pad);
        List<List<Line>> headerCells = header.isEmpty() ? null : cells(bold2(header.get(0)), widths, size, pad);
        float headerHeight = headerCells == null ? 0 : rowHeight(headerCells, pad);
        float firstRow = rows.isEmpty() ? 0 : rowHeight(cells(rows.get(0), widths, size, pad), pad);
        flushHeadings(headerHeight + firstRow + lineHeight(size) * 0.3f);
        space(lineHeight(size) * 0.3f);
        keep(headerHeight + (rows.isEmpty() ? 0 : rowHeight(cells(rows.get(0), widths, size, pad), pad)));
        if (headerCells != null) {
            drawRow(headerCells, widths, headerHeight, pad, true);
        }
        for (List<List<Span>> row : rows) {
            List<List<Line>> cells = cells(row, widths, size, pad);
            float height = rowHeight(cells, pad);
            if (y - height < BOTTOM) {
                openPage(page.runningTitle);
                if (headerCells != null) {
                    drawRow(headerCells, widths, headerHeight, pad, true);
                }
            }
            drawRow(cells, widths, height, pad, false);
        }
        space(lineHeight(size) * 0.5f);
    }

    private static List<List<Span>> bold2(List<List<Span>> cells) {
        return cells.stream().map(PageFlow::bold).toList();
    }

    private static List<Span> bold(List<Span> spans) {
        return spans.stream().map(s -> new Span(s.text(), true, s.italic(), s.code(), s.link())).toList();
    }

    private float[] columnWidths(List<List<List<Span>>> header, List<List<List<Span>>> rows, int columns, float size, float pad) {
        float[] least = new float[columns];
        float[] natural = new float[columns];
        List<List<List<Span>>> all = new ArrayList<>();
        header.forEach(row -> all.add(bold2(row)));
        all.addAll(rows);
        for (List<List<Span>> row : all) {
            for (int c = 0; c < row.size(); c++) {
                float line = 0;
                for (Span span : row.get(c)) {
                    String text = fonts.printable(span.text(), span.style());
                    line += fonts.width(text, span.style(), size);
                    for (String word : text.split("\\s+")) {
                        least[c] = Math.max(least[c], fonts.width(word, span.style(), size));
                    }
                }
                natural[c] = Math.max(natural[c], line);
            }
        }
        float available = width() - columns * 2 * pad;
        float[] widths = new float[columns];
        float sumNatural = 0;
        float sumLeast = 0;
        for (int c = 0; c < columns; c++) {
            least[c] = Math.min(least[c], available / columns);
            sumNatural += natural[c];
            sumLeast += least[c];
        }
        for (int c = 0; c < columns; c++) {
            if (sumNatural <= available) {
                // Everything fits on one line: give the spare width to the widest column.
                widths[c] = natural[c];
            } else {
                float share = sumNatural - sumLeast <= 0 ? 1f / columns : (natural[c] - least[c]) / (sumNatural - sumLeast);
                widths[c] = least[c] + Math.max(0, available - sumLeast) * share;
            }
        }
        if (sumNatural <= available) {
            int widest = 0;
            for (int c = 1; c < columns; c++) {
                widest = natural[c] > natural[widest] ? c : widest;
            }
            widths[widest] += available - sumNatural;
        }
        for (int c = 0; c < columns; c++) {
            widths[c] += 2 * pad;
        }
        return widths;
    }

    private List<List<Line>> cells(List<List<Span>> row, float[] widths, float size, float pad) {
        List<List<Line>> cells = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            cells.add(c < row.size() ? wrap(row.get(c), size, widths[c] - 2 * pad) : List.of());
        }
        return cells;
    }

    private static float rowHeight(List<List<Line>> cells, float pad) {
        float height = 0;
        for (List<Line> cell : cells) {
            height = Math.max(height, cell.stream().map(Line::height).reduce(0f, Float::sum));
        }
        return Math.max(height, lineHeight(BODY_SIZE - 1)) + 2 * pad;
    }

    private void drawRow(List<List<Line>> cells, float[] widths, float height, float pad, boolean header) {
        float x = left;
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        if (header) {
            fill(page, SHADE, left, y - height, total, height);
        }
        line(page, RULE, 0.5f, left, y, left + total, y);
        line(page, RULE, 0.5f, left, y - height, left + total, y - height);
        line(page, RULE, 0.5f, left, y, left, y - height);
        for (int c = 0; c < widths.length; c++) {
            float top = y - pad;
            for (Line line : cells.get(c)) {
                draw(page, line, x + pad, baseline(top, line), TEXT);
                top -= line.height();
            }
            x += widths[c];
            line(page, RULE, 0.5f, x, y, x, y - height);
        }
        y -= height;
    }

    // ---- wrapping and drawing ----------------------------------------------------------------

    /** Breaks the spans into lines no wider than {@code width}, breaking at spaces (inside a word only if it must). */
    List<Line> wrap(List<Span> spans, float size, float width) {
        List<Line> lines = new ArrayList<>();
        List<Fragment> line = new ArrayList<>();
        List<Fragment> word = new ArrayList<>();
        float[] x = {0};
        float wordWidth = 0;
        Span space = null;
        for (Span span : spans) {
            if (span.isLineBreak()) {
                placeWord(word, wordWidth, space, line, lines, x, size, width);
                word.clear();
                wordWidth = 0;
                space = null;
                lines.add(new Line(List.copyOf(line), size, lineHeight(size)));
                line.clear();
                x[0] = 0;
                continue;
            }
            Style style = span.style();
            String text = fonts.printable(span.text().replace('\n', ' ').replace('\r', ' '), style);
            int i = 0;
            while (i < text.length()) {
                int j = i;
                boolean blank = Character.isWhitespace(text.charAt(i));
                while (j < text.length() && Character.isWhitespace(text.charAt(j)) == blank) {
                    j++;
                }
                if (blank) {
                    placeWord(word, wordWidth, space, line, lines, x, size, width);
                    word.clear();
                    wordWidth = 0;
                    space = span;
                } else {
                    String piece = text.substring(i, j);
                    float w = fonts.width(piece, style, size);
                    word.add(new Fragment(piece, span, 0, w));
                    wordWidth += w;
                }
                i = j;
            }
        }
        placeWord(word, wordWidth, space, line, lines, x, size, width);
        if (!line.isEmpty()) {
            lines.add(new Line(List.copyOf(line), size, lineHeight(size)));
        }
        return lines;
    }

    private void placeWord(List<Fragment> word, float wordWidth, Span space, List<Fragment> line, List<Line> lines,
            float[] x, float size, float width) {
        if (word.isEmpty()) {
            return;
        }
        float spaceWidth = space != null && !line.isEmpty() ? fonts.width(" ", space.style(), size) : 0;
        if (!line.isEmpty() && x[0] + spaceWidth + wordWidth > width) {
            lines.add(new Line(List.copyOf(line), size, lineHeight(size)));
            line.clear();
            x[0] = 0;
            spaceWidth = 0;
        }
        if (spaceWidth > 0) {
            append(line, new Fragment(" ", space, x[0], spaceWidth));
            x[0] += spaceWidth;
        }
        for (Fragment piece : word) {
            if (x[0] + piece.width() > width && piece.width() > width - (line.isEmpty() ? 0 : x[0])) {
                // Longer than a whole line (a URL): break it by characters.
                String rest = piece.text();
                Style style = piece.look().style();
                while (!rest.isEmpty()) {
                    int fit = 0;
                    float used = 0;
                    while (fit < rest.length()) {
                        int next = rest.offsetByCodePoints(fit, 1);
                        float w = fonts.width(rest.substring(fit, next), style, size);
                        if (x[0] + used + w > width && (fit > 0 || !line.isEmpty())) {
                            break;
                        }
                        used += w;
                        fit = next;
                    }
                    if (fit > 0) {
                        append(line, new Fragment(rest.substring(0, fit), piece.look(), x[0], used));
                        x[0] += used;
                        rest = rest.substring(fit);
                    }
                    if (!rest.isEmpty()) {
                        lines.add(new Line(List.copyOf(line), size, lineHeight(size)));
                        line.clear();
                        x[0] = 0;
                    }
                }
            } else {
                append(line, new Fragment(piece.text(), piece.look(), x[0], piece.width()));
                x[0] += piece.width();
            }
        }
    }

    private static void append(List<Fragment> line, Fragment fragment) {
        if (!line.isEmpty()) {
            Fragment last = line.get(line.size() - 1);
            if (last.look().looksLike(fragment.look())) {
                line.set(line.size() - 1, new Fragment(last.text() + fragment.text(), last.look(), last.x(),
                        last.width() + fragment.width()));
                return;
            }
        }
        line.add(fragment);
    }

    private static float baseline(float top, Line line) {
        return top - (line.height() - line.size()) / 2 - 0.8f * line.size();
    }

    private void draw(Page on, Line line, float x, float baseline, Color color) {
        for (Fragment fragment : line.fragments()) {
            Span look = fragment.look();
            float fx = x + fragment.x();
            if (look.code()) {
                fill(on, SHADE, fx - 1, baseline - line.size() * 0.25f, fragment.width() + 2, line.size() * 1.15f);
            }
            text(on, fragment.text(), look.style(), line.size(), look.link() != null ? LINK : color, fx, baseline);
            if (look.link() != null && !fragment.text().isBlank()) {
                PDActionURI uri = new PDActionURI();
                uri.setURI(look.link());
                annotate(on, uri, fx, baseline - line.size() * 0.25f, fragment.width(), line.size() * 1.15f);
            }
        }
    }

    private void text(Page on, String text, Style style, float size, Color color, float x, float baseline) {
        try {
            PDPageContentStream content = on.content;
            content.beginText();
            // The font is part of the graphics state, so it carries over from one text object to the next.
            if (on.style != style || on.size != size) {
                content.setFont(fonts.font(style), size);
                on.style = style;
                on.size = size;
            }
            content.setNonStrokingColor(color);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Page on, Color color, float x, float y, float width, float height) {
        try {
            on.content.setNonStrokingColor(color);
            on.content.addRect(x, y, width, height);
            on.content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Page on, Color color, float thickness, float x1, float y1, float x2, float y2) {
        try {
            on.content.setStrokingColor(color);
            on.content.setLineWidth(thickness);
            on.content.moveTo(x1, y1);
            on.content.lineTo(x2, y2);
            on.content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void quoteBars(float from, float to) {
        for (int depth = 1; depth <= quoteDepth; depth++) {
            float x = left - depth * (INDENT + 2) + 2;
            fill(page, QUOTE_BAR, x, to, 2.5f, from - to);
        }
    }

    private static void annotate(Page on, org.apache.pdfbox.pdmodel.interactive.action.PDAction action, float x,
            float y, float width, float height) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, y, width, height));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        link.setAction(action);
        try {
            on.page.getAnnotations().add(link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the end -----------------------------------------------------------------------------

    /** Draws every page's footer (running title left, {@code label} right), sets the document info and saves. */
    public void finish(PageLabel label, OutputStream out) {
        flushHeadings(0);
        int total = pages.size();
        float size = 8.5f;
        float baseline = MARGIN - 2;
        for (Page each : pages) {
            line(each, RULE, 0.5f, MARGIN, baseline + size + 4, right(), baseline + size + 4);
            String number = fonts.printable(label.of(each.number, total), Style.REGULAR);
            float numberWidth = fonts.width(number, Style.REGULAR, size);
            String title = each.runningTitle == null ? "" : fonts.printable(each.runningTitle, Style.REGULAR);
            while (!title.isEmpty() && fonts.width(title, Style.REGULAR, size) > right() - MARGIN - numberWidth - 20) {
                title = title.substring(0, title.length() - 2) + "…";
            }
            text(each, title, Style.REGULAR, size, MUTED, MARGIN, baseline);
            text(each, number, Style.REGULAR, size, MUTED, right() - numberWidth, baseline);
        }
        try {
            for (Page each : pages) {
                each.content.close();
            }
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(info.title());
            information.setAuthor(info.author());
            information.setCreator(info.author());
            information.setCreationDate(Calendar.getInstance());
            document.getDocumentCatalog().setLanguage(info.language());
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
