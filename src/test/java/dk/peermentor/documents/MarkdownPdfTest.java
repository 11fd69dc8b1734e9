package dk.peermentor.documents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Markdown prints as readable text; raw HTML from the content stays literal text on the page. */
class MarkdownPdfTest {

    static String printed(String markdown) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PageFlow flow = new PageFlow(new PageFlow.Info("Test", "Tester", "da"))) {
            flow.newPage("Test");
            new MarkdownPdf(flow).render(markdown);
            flow.finish((n, m) -> "Side " + n + " af " + m, out);
        }
        String dir = System.getProperty("pdf.out");
        if (dir != null) {
            // To look at the output: -Dpdf.out=/tmp/pdf, then pdftoppm -png.
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, "markdown-" + Integer.toHexString(markdown.hashCode()) + ".pdf"), out.toByteArray());
        }
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void htmlInTheContentIsPrintedAsLiteralText() throws IOException {
        String text = printed("""
                A paragraph with <b>x</b> inside.

                <script>alert(1)</script>

                | a | b |
                |---|---|
                | <i>cell</i> | ok |
                """);
        assertTrue(text.contains("<script>alert(1)</script>"), text);
        assertTrue(text.contains("A paragraph with <b>x</b> inside."), text);
        assertTrue(text.contains("<i>cell</i>"), text);
    }

    @Test
    void listsTablesLinksAndQuotesAllPrint() throws IOException {
        String text = printed("""
                ### Sub heading

                1. first
                2. second
                   - nested **bold** and *italic* and `code`

                > A quote that says something,
                > long enough to wrap over more than one line of the page, so that the bar runs along it.
                >
                > And a second paragraph in the quote.

                ---

                See [the WHO](https://www.who.int/) or ![a chime diagram](../images/chime.svg).

                | Tid | Indhold |
                |-----|---------|
                | 09:30 | Velkomst og check-in – og hvordan vi passer på hinanden i dag |
                """);
        assertTrue(text.contains("Sub heading"), text);
        assertTrue(text.contains("1. first"), text);
        assertTrue(text.contains("2. second"), text);
        assertTrue(text.contains("nested bold and italic and code"), text);
        assertTrue(text.contains("A quote that says something,"), text);
        assertTrue(text.contains("the WHO (https://www.who.int/)"), text);
        assertTrue(text.contains("[a chime diagram]"), text);
        assertTrue(text.contains("09:30"), text);
        assertTrue(text.contains("Velkomst og check-in"), text);
    }

    @Test
    void aLongTableContinuesOnTheNextPageWithItsHeaderRepeated() throws IOException {
        StringBuilder markdown = new StringBuilder("| Tid | Indhold |\n|---|---|\n");
        for (int i = 0; i < 80; i++) {
            markdown.append("| ").append(i).append(" | Række nummer ").append(i).append(" med lidt tekst |\n");
        }
        String text = printed(markdown.toString());
        assertTrue(text.contains("Række nummer 79"), text);
        int headers = text.split("Tid Indhold", -1).length - 1;
        assertTrue(headers >= 2, "header rows printed: " + headers + "\n" + text);
    }

    @Test
    void aWordLongerThanTheLineIsBrokenNotLost() throws IOException {
        String url = "https://example.org/" + "a".repeat(300);
        String text = printed("<" + url + ">");
        assertTrue(text.replaceAll("\\s+", "").contains(url), text);
    }
}
