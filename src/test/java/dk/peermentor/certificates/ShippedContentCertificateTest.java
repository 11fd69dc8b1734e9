package dk.peermentor.certificates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

import dk.peermentor.curriculum.ContentSource;
import dk.peermentor.curriculum.CourseContentLoader;
import dk.peermentor.curriculum.Curriculum;
import dk.peermentor.platform.Language;

/** A certificate with the shipped course's own titles and topics prints, in both languages. */
class ShippedContentCertificateTest {

    private static final Curriculum COURSE = CourseContentLoader.load(
            ContentSource.directory(Path.of(System.getProperty("course.content.dir", "course-content"))));

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theShippedCoursePrintsOnACertificate(Language language) throws Exception {
        List<CertificateContent.UnitLine> units = COURSE.units().stream()
                .map(u -> new CertificateContent.UnitLine(u.day(), u.text(language).title(), u.text(language).topics()))
                .toList();
        CertificateContent content = new CertificateContent(language, "Peer-mentoruddannelsen i Fjordby Kommune", null,
                "Samtidig Deltager", COURSE.description(language).title(), LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 8, 11), units, COURSE.totalHours(), "Havnegade 12", LocalDate.of(2026, 8, 20),
                "", "", "2026-0001", "7KQ2-M9XD-4RTB", "https://peer.example.dk/verify/7KQ2-M9XD-4RTB");

        byte[] pdf = new CertificatePdf().toBytes(content);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(document).contains(units.get(2).title()));
        }
        CertificatePdfTest.assertPdfA2b(pdf);
    }
}
