package dk.peermentor.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Prints Markdown (CommonMark with GitHub tables) into a {@link PageFlow}, walking the commonmark
 * syntax tree: headings, paragraphs with bold, italic and code, nested lists, tables, block quotes,
 * rules and links. An image prints as its alt text in brackets. Raw HTML is printed as the literal
 * text it is, never interpreted.
 * <p>
 * Usage: {@code new MarkdownPdf(flow).render(markdown);}
 */
public final class MarkdownPdf {

    /** Thread-safe, so one for all documents. */
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final Pattern ABSOLUTE = Pattern.compile("^(https?|mailto):.*", Pattern.CASE_INSENSITIVE);
    private static final String[] BULLETS = {"•", "◦", "–"};

    private final PageFlow flow;
    private int listDepth;

    public MarkdownPdf(PageFlow flow) {
        this.flow = flow;
    }

    /** The size of a heading of {@code level} (1-6). */
    public static float headingSize(int level) {
        return switch (level) {
            case 1 -> 18f;
            case 2 -> 15f;
            case 3 -> 13f;
            default -> 11.5f;
        };
    }

    public void render(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        blocks(document, false);
    }

    private void blocks(Node parent, boolean tight) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            block(node, tight, null);
        }
    }

    /** One block; {@code marker} is the bullet or number of the list item the block opens. */
    private void block(Node node, boolean tight, String marker) {
        if (node instanceof Paragraph) {
            flow.paragraph(inline(node), PageFlow.BODY_SIZE, PageFlow.TEXT, marker);
            flow.space(tight ? 2f : 6f);
        } else if (node instanceof Heading heading) {
            float size = headingSize(heading.getLevel());
            flow.heading(inline(node), size, size * 0.6f);
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            list((ListBlock) node);
        } else if (node instanceof BlockQuote) {
            flow.quote(true);
            blocks(node, false);
            flow.quote(false);
        } else if (node instanceof ThematicBreak) {
            flow.rule();
        } else if (node instanceof FencedCodeBlock code) {
            flow.literalBlock(code.getLiteral(), PageFlow.BODY_SIZE - 1.5f);
            flow.space(6f);
        } else if (node instanceof IndentedCodeBlock code) {
            flow.literalBlock(code.getLiteral(), PageFlow.BODY_SIZE - 1.5f);
            flow.space(6f);
        } else if (node instanceof HtmlBlock html) {
            flow.literalBlock(html.getLiteral(), PageFlow.BODY_SIZE - 1.5f);
            flow.space(6f);
        } else if (node instanceof TableBlock) {
            table(node);
        } else if (node instanceof CustomBlock) {
            blocks(node, tight);
        }
        // Link reference definitions print nothing.
    }

    private void list(ListBlock list) {
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        String delimiter = list instanceof OrderedList ordered && ordered.getMarkerDelimiter() != null
                ? ordered.getMarkerDelimiter() : ".";
        boolean tight = list.isTight();
        listDepth++;
        flow.indent(PageFlow.INDENT);
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String marker = list instanceof OrderedList ? (number++) + delimiter
                    : BULLETS[(listDepth - 1) % BULLETS.length];
            Node first = item.getFirstChild();
            if (first == null || !(first instanceof Paragraph)) {
                flow.paragraph(List.of(), PageFlow.BODY_SIZE, PageFlow.TEXT, marker);
            }
            for (Node child = first; child != null; child = child.getNext()) {
                block(child, tight, child == first ? marker : null);
            }
        }
        flow.indent(-PageFlow.INDENT);
        listDepth--;
        if (listDepth == 0 && tight) {
            flow.space(4f);
        }
    }

    private void table(Node table) {
        List<List<List<Span>>> header = new ArrayList<>();
        List<List<List<Span>>> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            List<List<List<Span>>> target = part instanceof TableHead ? header : part instanceof TableBody ? rows : null;
            if (target == null) {
                continue;
            }
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    List<List<Span>> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(inline(cell));
                        }
                    }
                    target.add(cells);
                }
            }
        }
        flow.table(header, rows);
    }

    /** The inline content of a block as spans. */
    static List<Span> inline(Node block) {
        Inlines inlines = new Inlines();
        for (Node node = block.getFirstChild(); node != null; node = node.getNext()) {
            node.accept(inlines);
        }
        return inlines.spans;
    }

    private static final class Inlines extends AbstractVisitor {
        private final List<Span> spans = new ArrayList<>();
        private boolean bold;
        private boolean italic;
        private String link;

        private void add(String text, boolean code) {
            spans.add(new Span(text, bold, italic, code, link));
        }

        @Override
        public void visit(Text text) {
            add(text.getLiteral(), false);
        }

        @Override
        public void visit(Code code) {
            add(code.getLiteral(), true);
        }

        @Override
        public void visit(HtmlInline html) {
            add(html.getLiteral(), false);
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            add(" ", false);
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            spans.add(Span.lineBreak());
        }

        @Override
        public void visit(Emphasis emphasis) {
            boolean was = italic;
            italic = true;
            visitChildren(emphasis);
            italic = was;
        }

        @Override
        public void visit(StrongEmphasis strong) {
            boolean was = bold;
            bold = true;
            visitChildren(strong);
            bold = was;
        }

        @Override
        public void visit(Link node) {
            String destination = node.getDestination();
            boolean absolute = destination != null && ABSOLUTE.matcher(destination).matches();
            String was = link;
            link = absolute ? destination : was;
            int before = spans.size();
            visitChildren(node);
            String text = spans.subList(before, spans.size()).stream().map(Span::text).reduce("", String::concat);
            if (absolute && !text.equals(destination) && !text.equals(destination.replaceFirst("^mailto:", ""))) {
                boolean wasBold = bold;
                boolean wasItalic = italic;
                bold = false;
                italic = false;
                add(" (" + destination.replaceFirst("^mailto:", "") + ")", false);
                bold = wasBold;
                italic = wasItalic;
            }
            link = was;
        }

        @Override
        public void visit(Image image) {
            Inlines alt = new Inlines();
            for (Node node = image.getFirstChild(); node != null; node = node.getNext()) {
                node.accept(alt);
            }
            String text = alt.spans.stream().map(Span::text).reduce("", String::concat).strip();
            spans.add(new Span("[" + (text.isEmpty() ? "…" : text) + "]", bold, true, false, link));
        }
    }
}
