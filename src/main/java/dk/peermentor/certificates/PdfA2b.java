package dk.peermentor.certificates;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.DateConverter;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What makes a PDF an archivable PDF/A-2b besides embedded fonts and no transparency: the XMP
 * metadata (part 2, conformance B; title, author, dates equal to the Info dictionary's), an sRGB
 * output intent, a file identifier.
 * <p>
 * Everything that is the same for every document is prepared once: the ICC profile is compressed
 * once, and the XMP packet is serialised once by xmpbox with placeholders that each document fills
 * in (serialising through xmpbox's DOM per document would cost more than drawing the page).
 */
final class PdfA2b {

    static final String PRODUCER = "Peer mentor education (Apache PDFBox)";
    private static final String TITLE = "@@TITLE@@";
    private static final String AUTHOR = "@@AUTHOR@@";
    private static final String SUBJECT = "@@SUBJECT@@";
    private static final String DATE = "@@DATE@@";

    /** The JDK's sRGB profile (IEC 61966-2.1), deflated once. */
    private static final byte[] SRGB_DEFLATED = deflate(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    private static final String XMP_TEMPLATE = xmpTemplate();

    private PdfA2b() {
    }

    /** Marks {@code document} as PDF/A-2b with the given title, author and subject, created at {@code created}. */
    static void apply(PDDocument document, String title, String author, String subject, Calendar created) {
        document.setVersion(1.7f);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);

        String date = DateConverter.toISO8601(created);
        String xmp = XMP_TEMPLATE.replace(TITLE, xml(title)).replace(AUTHOR, xml(author)).replace(SUBJECT, xml(subject))
                .replace(DATE, date);
        try {
            PDMetadata metadata = new PDMetadata(document);
            try (OutputStream out = metadata.getCOSObject().createOutputStream()) {
                out.write(xmp.getBytes(StandardCharsets.UTF_8));
            }
            document.getDocumentCatalog().setMetadata(metadata);
            document.getDocumentCatalog().getCOSObject().setItem(COSName.OUTPUT_INTENTS, outputIntents(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.getDocument().setDocumentID(documentId(title + '\u0000' + subject + '\u0000' + date));
    }

    private static COSArray outputIntents(PDDocument document) throws IOException {
        COSStream profile = document.getDocument().createCOSStream();
        profile.setInt(COSName.N, 3);
        profile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        try (OutputStream out = profile.createRawOutputStream()) {
            out.write(SRGB_DEFLATED);
        }
        COSDictionary intent = new COSDictionary();
        intent.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        intent.setItem(COSName.S, COSName.GTS_PDFA1);
        intent.setString(COSName.OUTPUT_CONDITION_IDENTIFIER, "sRGB IEC61966-2.1");
        intent.setString(COSName.OUTPUT_CONDITION, "sRGB IEC61966-2.1");
        intent.setString(COSName.INFO, "sRGB IEC61966-2.1");
        intent.setString(COSName.REGISTRY_NAME, "http://www.color.org");
        intent.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        COSArray intents = new COSArray();
        intents.add(intent);
        return intents;
    }

    private static COSArray documentId(String seed) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(seed.getBytes(StandardCharsets.UTF_8));
            COSArray id = new COSArray();
            id.add(new COSString(digest));
            id.add(new COSString(digest));
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String xmpTemplate() {
        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
            pdfa.setPart(2);
            pdfa.setConformance("B");
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(TITLE);
            dc.addCreator(AUTHOR);
            dc.setDescription(SUBJECT);
            dc.setFormat("application/pdf");
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool(PRODUCER);
            // The dates are set to a marker instant whose text is replaced per document.
            Calendar marker = Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
            marker.clear();
            marker.set(1901, Calendar.JANUARY, 1, 0, 0, 0);
            basic.setCreateDate(marker);
            basic.setModifyDate(marker);
            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer(PRODUCER);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            String text = out.toString(StandardCharsets.UTF_8);
            String markerText = DateConverter.toISO8601(marker);
            if (!text.contains(markerText)) {
                throw new IllegalStateException("xmpbox wrote the date differently: " + text);
            }
            return text.replace(markerText, DATE);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot prepare the XMP metadata", e);
        }
    }

    private static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static byte[] deflate(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
            deflater.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
