package dk.peermentor.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import dk.peermentor.documents.PdfFonts.Style;

/** The shipped fonts print Danish and Latin Extended, and a character they lack never stops a document. */
class PdfFontsTest {

    private static String print(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PageFlow flow = new PageFlow(new PageFlow.Info("Test", "Tester", "da"))) {
            flow.newPage(text);
            flow.paragraph(List.of(Span.plain(text), Span.bold(" " + text), Span.italic(" " + text)));
            flow.finish((n, m) -> n + "/" + m, out);
        }
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void eachFontIsParsedOncePerJvm() {
        assertSame(PdfFonts.parsed(Style.BOLD), PdfFonts.parsed(Style.BOLD));
    }

    @Test
    void danishAndLatinExtendedLettersPrintAsWritten() throws IOException {
        String names = "Ærø Åse Øster Łukasz Dvořák Šimůnek Ğülşen Őrs";
        assertTrue(print(names).contains(names));
    }

    @Test
    void aCharacterTheFontLacksIsReplacedAndTheDocumentIsStillPrinted() throws IOException {
        assertEquals("Hej \uFFFD og \uFFFD!", PdfFonts.printable("Hej 漢 og 🙂!", Style.REGULAR));
        String text = print("Hej 漢 og 🙂 og\ttab");
        assertTrue(text.contains("Hej \uFFFD og \uFFFD og tab"), text);
    }

    @Test
    void documentsBuiltAtTheSameTimeShareTheParsedFontsSafely() throws Exception {
        String expected = print("Krisehåndtering – ærligt, åbent, øjeblikkeligt");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> print("Krisehåndtering – ærligt, åbent, øjeblikkeligt")));
            }
            for (Future<String> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
