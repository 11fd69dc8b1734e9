package dk.peermentor.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

class CertificateBatchTest {

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void zipHoldsOneNamedCertificatePerGraduateInOrder() throws Exception {
        List<CertificateContent> batch = Certificates.batch(12);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificateBatch.zip(batch.iterator(), CertificateBatchTest::fileName, out);

        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                names.add(entry.getName());
                byte[] pdf = zip.readAllBytes();
                if (names.size() == 2) {
                    assertTrue(CertificatePdfTest.text(pdf).contains("Zoë Łukasiewicz"));
                }
            }
        }
        assertEquals(12, names.size());
        assertEquals("PM-2026-0001-Ærø-Østergård-Åse.pdf", names.get(0));
        assertEquals("PM-2026-0002-Łukasiewicz-Zoë.pdf", names.get(1));
    }

    @Test
    void aNameThatComesTwiceIsMadeUnique() throws Exception {
        CertificateContent one = Certificates.danish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificateBatch.zip(List.of(one, one).iterator(), c -> "same", out);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                names.add(entry.getName());
            }
        }
        assertEquals(List.of("same.pdf", "same-2.pdf"), names);
    }

    @Test
    void mergedPdfHasAPagePerCertificateAndIsPdfA2b() throws Exception {
        List<CertificateContent> batch = new ArrayList<>(Certificates.batch(7));
        batch.add(Certificates.withLogo(Certificates.english("Анна Ибрагимова")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificateBatch.merged(batch.iterator(), out);
        byte[] pdf = out.toByteArray();
        Files.createDirectories(Path.of("target", "certificates"));
        Files.write(Path.of("target", "certificates", "merged.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(8, document.getNumberOfPages());
        }
        String text = CertificatePdfTest.text(pdf);
        assertTrue(text.contains("Åse Ærø-Østergård"), text);
        assertTrue(text.contains("Анна Ибрагимова"), text);
        assertTrue(text.contains("PM-2026-0007"), text);
        CertificatePdfTest.assertPdfA2b(pdf);
    }

    /** number-lastname-firstname.pdf, as the coordinators' download names them. */
    static String fileName(CertificateContent content) {
        String name = content.graduateName();
        int space = name.lastIndexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        String last = space < 0 ? "" : name.substring(space + 1);
        return content.number() + "-" + last + "-" + first.replace(' ', '-');
    }
}
