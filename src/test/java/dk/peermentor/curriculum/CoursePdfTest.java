package dk.peermentor.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import dk.peermentor.platform.Language;
import dk.peermentor.platform.NotFound;

/** A trainee who prefers paper downloads a unit or the whole course and gets a tidy, readable PDF. */
class CoursePdfTest {

    static final Curriculum CURRICULUM = CourseContentLoader.load(
            ContentSource.directory(Path.of(System.getProperty("course.content.dir", "course-content"))));

    private final CoursePdf pdf = new CoursePdf();

    static byte[] unitPdf(String unitId, Language language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CoursePdf().unit(CURRICULUM, unitId, language, out);
        return out.toByteArray();
    }

    static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    @Test
    void aDanishUnitPrintsItsTitleProgrammeListsAndPageFooters() throws IOException {
        try (PDDocument document = Loader.loadPDF(unitPdf("crisis-handling", Language.DA))) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 2, "pages: " + pages);
            String page1 = text(document, 1);
            assertTrue(page1.contains("Krisehåndtering"), page1);
            assertTrue(page1.contains("Peer-mentoruddannelsen · Dag 3"), page1);
            assertTrue(page1.contains("Side 1 af " + pages), page1);
            assertTrue(text(document, pages).contains("Side " + pages + " af " + pages));

            String all = text(document);
            assertTrue(all.contains("Tegn på krise og fare"), "a topic");
            assertTrue(all.contains("Læringsmål"), "a section heading");
            assertTrue(all.contains("Velkomst og check-in"), "a cell of the programme table");
            assertTrue(all.contains("Tak for i dag"), "the last row of the programme table");
            assertTrue(all.contains("bevare roen og være til stede"), "a list item");
            assertTrue(all.contains("Videre læsning"), "the last section");
            assertTrue(all.indexOf("Læringsmål") < all.indexOf("Dagens program")
                    && all.indexOf("Dagens program") < all.indexOf("Videre læsning"), "sections in order");

            assertEquals("Krisehåndtering", document.getDocumentInformation().getTitle());
            assertEquals("Peer-mentoruddannelsen", document.getDocumentInformation().getAuthor());
            assertEquals("da", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void anEnglishUnitSpeaksEnglish() throws IOException {
        try (PDDocument document = Loader.loadPDF(unitPdf("crisis-handling", Language.EN))) {
            int pages = document.getNumberOfPages();
            String all = text(document);
            String title = CURRICULUM.titleOf("crisis-handling", Language.EN);
            assertTrue(all.contains(title), title);
            assertTrue(all.contains("Day 3"));
            assertTrue(text(document, 1).contains("Page 1 of " + pages));
            assertEquals("en", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void theFontsAreEmbeddedSubsets() throws IOException {
        try (PDDocument document = Loader.loadPDF(unitPdf("recovery", Language.DA))) {
            List<String> names = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertTrue(font.isEmbedded(), font.getName());
                    // A subset's name carries a six-letter tag: ABCDEF+DejaVuSans.
                    assertTrue(font.getName().matches("[A-Z]{6}\\+DejaVuSans.*"), font.getName());
                    names.add(font.getName().substring(7));
                }
            }
            assertTrue(names.contains("DejaVuSans-Bold"), names.toString());
            assertTrue(names.contains("DejaVuSans"), names.toString());
        }
    }

    @Test
    void anImagePrintsItsAltTextInBrackets() throws IOException {
        try (PDDocument document = Loader.loadPDF(unitPdf("recovery", Language.EN))) {
            String all = text(document).replaceAll("\\s+", " ");
            assertTrue(all.contains("[Diagram of the five recovery processes"), all);
        }
    }

    @Test
    void theWholeCourseHasTheSixUnitsInItsContentsInOrderEachFromANewPage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.course(CURRICULUM, Language.DA, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String cover = text(document, 1);
            assertTrue(cover.contains("Peer-mentoruddannelsen"), cover);
            int contentsPage = 1;
            while (!text(document, contentsPage).contains("Indhold")) {
                contentsPage++;
            }
            String contents = text(document, contentsPage);
            int previous = -1;
            for (Unit unit : CURRICULUM.units()) {
                String title = unit.text(Language.DA).title();
                int at = contents.indexOf(title);
                assertTrue(at > previous, title + " in order in the contents:\n" + contents);
                previous = at;
                int page = pageNumberAfter(contents, title);
                assertTrue(text(document, page).contains("Dag " + unit.day()), title + " starts on page " + page);
                assertTrue(text(document, page).contains(title), title + " starts on page " + page);
            }
            assertEquals(6, countBookmarks(document), "a bookmark per unit");
        }
    }

    private static int pageNumberAfter(String contents, String title) {
        for (String line : contents.split("\n")) {
            if (line.contains(title)) {
                String[] words = line.trim().split("\\s+");
                return Integer.parseInt(words[words.length - 1]);
            }
        }
        throw new AssertionError(title + " not in the contents");
    }

    private static int countBookmarks(PDDocument document) {
        int count = 0;
        for (var ignored : document.getDocumentCatalog().getDocumentOutline().children()) {
            count++;
        }
        return count;
    }

    @Test
    void htmlInAUnitPrintsAsLiteralTextAndACharacterWithoutAGlyphDoesNotStopThePrint() throws IOException {
        Unit recovery = CURRICULUM.unit("recovery").orElseThrow();
        UnitText danish = recovery.text(Language.DA);
        Map<UnitSection, UnitText.Section> sections = new EnumMap<>(danish.sections());
        sections.put(UnitSection.OBJECTIVES, new UnitText.Section("Læringsmål",
                "Efter dagen kan du <b>x</b>.\n\n<script>alert(1)</script>\n\nGod dag 漢 🙂\n"));
        Unit changed = new Unit("recovery", 1, Map.of(Language.DA,
                new UnitText("Recovery 🙂", danish.summary(), danish.topics(), sections), Language.EN, recovery.text(Language.EN)));
        Curriculum curriculum = new Curriculum(CURRICULUM.id(), CURRICULUM.hoursPerDay(), CURRICULUM.descriptions(),
                List.of(changed));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.unit(curriculum, "recovery", Language.DA, out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String all = text(document);
            assertTrue(all.contains("Efter dagen kan du <b>x</b>."), all);
            assertTrue(all.contains("<script>alert(1)</script>"), all);
            assertTrue(all.contains("God dag \uFFFD \uFFFD"), all);
            assertTrue(all.contains("Recovery \uFFFD"), all);
        }
    }

    @Test
    void anUnknownUnitIsNotFound() {
        org.junit.jupiter.api.Assertions.assertThrows(NotFound.class,
                () -> pdf.unit(CURRICULUM, "no-such-unit", Language.DA, new ByteArrayOutputStream()));
    }
}
