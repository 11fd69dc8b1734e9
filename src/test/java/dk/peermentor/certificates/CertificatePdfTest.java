package dk.peermentor.certificates;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class CertificatePdfTest {

    private static final CertificatePdf PDF = new CertificatePdf();

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void danishCertificateIsPdfA2b() throws Exception {
        assertPdfA2b(PDF.toBytes(Certificates.danish()));
    }

    @Test
    void englishCertificateIsPdfA2b() throws Exception {
        assertPdfA2b(PDF.toBytes(Certificates.english("Zoë Łukasiewicz")));
    }

    @Test
    void certificatesWithALogoArePdfA2b() throws Exception {
        assertPdfA2b(PDF.toBytes(Certificates.withLogo(Certificates.danish())));
        assertPdfA2b(PDF.toBytes(Certificates.withLogo(Certificates.english("Αλέξανδρος Παπαδόπουλος"))));
    }

    @Test
    void danishLettersAndOtherAlphabetsPrintAsWritten() throws Exception {
        for (String name : List.of("Åse Ærø-Østergård", "Zoë Łukasiewicz", "Αλέξανδρος Παπαδόπουλος",
                "Анна Ибрагимова")) {
            String text = text(PDF.toBytes(Certificates.danish(name)));
            assertTrue(text.contains(name), () -> name + " missing from: " + text);
        }
    }

    @Test
    void labelsFollowTheLanguage() throws Exception {
        String danish = text(PDF.toBytes(Certificates.danish()));
        String english = text(PDF.toBytes(Certificates.english("Åse Ærø-Østergård")));
        assertTrue(danish.contains("Det bekræftes hermed, at"), danish);
        assertTrue(danish.contains("10. marts 2026"), danish);
        assertTrue(english.contains("This is to certify that"), english);
        assertTrue(english.contains("10 March 2026"), english);
        assertTrue(english.contains("PM-2026-0042"), english);
    }

    @Test
    void aCharacterTheFontLacksDoesNotStopTheCertificate() throws Exception {
        // Klingon (private use) and a CJK ideograph: DejaVu Sans has neither.
        byte[] pdf = assertDoesNotThrow(() -> PDF.toBytes(Certificates.danish("Åse \uF8D0 漢 Østergård")));
        assertTrue(text(pdf).contains("Østergård"));
        assertPdfA2b(pdf);
    }

    @Test
    void aNameOutsideTheCutFontPrintsWithTheFullFont() throws Exception {
        // Armenian is in DejaVu Sans but not in the cut that certificates use by default.
        String name = "Արամ Խաչատրյան";
        byte[] pdf = PDF.toBytes(Certificates.danish(name));
        assertTrue(text(pdf).contains(name));
        assertPdfA2b(pdf);
    }

    @Test
    void longNamesShrinkToFitTheLine() throws Exception {
        String name = "Maria-Magdalena Christiansen-Ærøskøbing Østergaard-Løvenskiold";
        assertEquals(true, name.length() >= 60);
        byte[] pdf = PDF.toBytes(Certificates.danish(name));
        assertTrue(text(pdf).contains(name));
        assertPdfA2b(pdf);
    }

    @Test
    void qrCodeLeadsToTheVerificationLink() throws Exception {
        CertificateContent content = Certificates.danish();
        BufferedImage page = render(PDF.toBytes(content), 150);
        String decoded = new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(luminance(page))))
                .getText();
        assertEquals(content.verificationUrl(), decoded);
    }

    @Test
    void writesAPreviewForTheDocs() throws Exception {
        Path dir = Path.of("target", "certificates");
        Files.createDirectories(dir);
        Files.write(dir.resolve("certificate-da.pdf"), PDF.toBytes(Certificates.danish()));
        Files.write(dir.resolve("certificate-da-logo.pdf"), PDF.toBytes(Certificates.withLogo(Certificates.danish())));
        Files.write(dir.resolve("certificate-en.pdf"), PDF.toBytes(Certificates.english("Zoë Łukasiewicz")));
        Files.write(dir.resolve("certificate-en-greek.pdf"), PDF.toBytes(Certificates.english("Αλέξανδρος Παπαδόπουλος")));
        Files.write(dir.resolve("certificate-long-name.pdf"), PDF.toBytes(Certificates.english(
                "Maria-Magdalena Christiansen-Ærøskøbing Østergaard-Løvenskiold von Holstein-Rathlou")));
    }

    @Test
    void theValidatorRejectsAnOrdinaryPdf() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (PDDocument plain = new PDDocument()) {
            plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            plain.save(out);
        }
        org.junit.jupiter.api.Assertions.assertThrows(org.opentest4j.AssertionFailedError.class,
                () -> assertPdfA2b(out.toByteArray()));
    }

    static void assertPdfA2b(byte[] pdf) throws Exception {
        PDFAFlavour flavour = PDFAFlavour.fromString("2b");
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .collect(Collectors.joining("\n"));
            assertTrue(result.isCompliant(), "Not PDF/A-2b:\n" + failures);
            assertEquals("", failures);
        }
    }

    static RGBLuminanceSource luminance(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static BufferedImage render(byte[] pdf, int dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi);
        }
    }
}
