package dk.peermentor.certificates;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Writes a PDF page by page as the pages come, so that a merged file of thousands of certificates
 * never sits in memory: each page's objects (content, fonts, images) are serialised at once and
 * forgotten; only their offsets are kept for the cross-reference table. The catalogue carries the
 * same PDF/A-2b metadata and output intent as a single certificate, so the merged file is PDF/A-2b
 * as well.
 * <p>
 * Streams are copied as they are encoded; objects shared within a page are written once. Not
 * thread-safe.
 */
final class MergedPdfWriter implements AutoCloseable {

    private static final int CATALOG = 1;
    private static final int PAGES = 2;

    private final CountingOutput out;
    private final List<Long> offsets = new ArrayList<>();
    private final List<Integer> pages = new ArrayList<>();
    private final String title;
    private final String author;

    MergedPdfWriter(OutputStream out, String title, String author) throws IOException {
        this.out = new CountingOutput(new BufferedOutputStream(out, 64 * 1024));
        this.title = title;
        this.author = author;
        offsets.add(0L); // object 0
        offsets.add(-1L); // the catalogue, written last
        offsets.add(-1L); // the page tree, written last
        this.out.write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Copies {@code page} with everything it uses (its document may be closed afterwards). */
    void addPage(PDPage page) throws IOException {
        COSDictionary source = page.getCOSObject();
        Map<COSBase, Integer> written = new IdentityHashMap<>();
        List<COSBase> queue = new ArrayList<>();
        COSDictionary copy = new COSDictionary();
        copy.setItem(COSName.TYPE, COSName.PAGE);
        int number = reserve();
        for (COSName key : List.of(COSName.MEDIA_BOX, COSName.RESOURCES, COSName.CONTENTS)) {
            COSBase value = source.getDictionaryObject(key);
            if (value != null) {
                copy.setItem(key, value);
            }
        }
        pages.add(number);
        begin(number);
        writeDictionary(copy, written, queue, "/Parent " + PAGES + " 0 R\n");
        end();
        // Indirect objects (streams) met on the way are written after the page, breadth first.
        for (int i = 0; i < queue.size(); i++) {
            COSBase object = queue.get(i);
            begin(written.get(object));
            writeDirect(object, written, queue);
            end();
        }
    }

    /** The page tree, the catalogue with the PDF/A metadata, the cross-reference table. */
    void finish() throws IOException {
        if (pages.isEmpty()) {
            throw new IllegalStateException("A PDF needs at least one page");
        }
        // The metadata and output intent, made the same way as a single certificate's.
        try (PDDocument scratch = new PDDocument()) {
            Calendar now = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            now.setTimeInMillis(Instant.now().getEpochSecond() * 1000);
            PdfA2b.apply(scratch, title, author, title, now);
            Map<COSBase, Integer> written = new IdentityHashMap<>();
            List<COSBase> queue = new ArrayList<>();

            begin(PAGES);
            StringBuilder kids = new StringBuilder("<<\n/Type /Pages\n/Count ").append(pages.size()).append("\n/Kids [");
            for (int page : pages) {
                kids.append(page).append(" 0 R ");
            }
            out.write(kids.append("]\n>>").toString().getBytes(StandardCharsets.ISO_8859_1));
            end();

            COSDictionary catalog = new COSDictionary();
            catalog.setItem(COSName.TYPE, COSName.CATALOG);
            COSDictionary source = scratch.getDocumentCatalog().getCOSObject();
            catalog.setItem(COSName.METADATA, source.getDictionaryObject(COSName.METADATA));
            catalog.setItem(COSName.OUTPUT_INTENTS, source.getDictionaryObject(COSName.OUTPUT_INTENTS));
            begin(CATALOG);
            writeDictionary(catalog, written, queue, "/Pages " + PAGES + " 0 R\n");
            end();
            int info = reserve();
            begin(info);
            writeDictionary(scratch.getDocumentInformation().getCOSObject(), written, queue, "");
            end();
            for (int i = 0; i < queue.size(); i++) {
                COSBase object = queue.get(i);
                begin(written.get(object));
                writeDirect(object, written, queue);
                end();
            }

            long xref = out.count();
            StringBuilder table = new StringBuilder("xref\n0 ").append(offsets.size()).append("\n0000000000 65535 f\r\n");
            for (int i = 1; i < offsets.size(); i++) {
                table.append(String.format("%010d 00000 n\r\n", offsets.get(i)));
            }
            table.append("trailer\n<<\n/Size ").append(offsets.size()).append("\n/Root ").append(CATALOG)
                    .append(" 0 R\n/Info ").append(info).append(" 0 R\n/ID ");
            out.write(table.toString().getBytes(StandardCharsets.ISO_8859_1));
            writeDirect(scratch.getDocument().getDocumentID(), written, queue);
            out.write(("\n>>\nstartxref\n" + xref + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        out.flush();
    }

    /** Flushes what was written; the caller's stream stays open. Without {@link #finish} the PDF is incomplete. */
    @Override
    public void close() throws IOException {
        out.flush();
    }

    // ---- serialisation -----------------------------------------------------------------------

    private int reserve() {
        offsets.add(-1L);
        return offsets.size() - 1;
    }

    private void begin(int number) throws IOException {
        offsets.set(number, out.count());
        out.write((number + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    private void end() throws IOException {
        out.write("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Streams become indirect objects (numbered now, written later); everything else is written in place. */
    private void writeValue(COSBase value, Map<COSBase, Integer> written, List<COSBase> queue) throws IOException {
        COSBase resolved = value instanceof COSObject object ? object.getObject() : value;
        if (resolved instanceof COSStream) {
            Integer number = written.get(resolved);
            if (number == null) {
                number = reserve();
                written.put(resolved, number);
                queue.add(resolved);
            }
            out.write((number + " 0 R").getBytes(StandardCharsets.ISO_8859_1));
        } else {
            writeDirect(resolved, written, queue);
        }
    }

    private void writeDirect(COSBase value, Map<COSBase, Integer> written, List<COSBase> queue) throws IOException {
        if (value == null || value instanceof COSNull) {
            out.write("null".getBytes(StandardCharsets.ISO_8859_1));
        } else if (value instanceof COSStream stream) {
            byte[] data;
            try (InputStream in = stream.createRawInputStream()) {
                data = in.readAllBytes();
            }
            COSDictionary dictionary = new COSDictionary();
            for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
                if (!COSName.LENGTH.equals(entry.getKey())) {
                    dictionary.setItem(entry.getKey(), entry.getValue());
                }
            }
            writeDictionary(dictionary, written, queue, "/Length " + data.length + "\n");
            out.write("\nstream\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.write(data);
            out.write("\r\nendstream".getBytes(StandardCharsets.ISO_8859_1));
        } else if (value instanceof COSDictionary dictionary) {
            writeDictionary(dictionary, written, queue, "");
        } else if (value instanceof COSArray array) {
            out.write('[');
            for (COSBase item : array) {
                writeValue(item, written, queue);
                out.write(' ');
            }
            out.write(']');
        } else if (value instanceof COSString string) {
            COSWriter.writeString(string, out);
        } else if (value instanceof COSName name) {
            name.writePDF(out);
        } else if (value instanceof COSInteger integer) {
            integer.writePDF(out);
        } else if (value instanceof COSFloat number) {
            number.writePDF(out);
        } else if (value instanceof COSBoolean bool) {
            bool.writePDF(out);
        } else {
            throw new IOException("Cannot write a " + value.getClass().getSimpleName());
        }
    }

    private void writeDictionary(COSDictionary dictionary, Map<COSBase, Integer> written, List<COSBase> queue,
            String extra) throws IOException {
        out.write("<<\n".getBytes(StandardCharsets.ISO_8859_1));
        for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
            entry.getKey().writePDF(out);
            out.write(' ');
            writeValue(entry.getValue(), written, queue);
            out.write('\n');
        }
        out.write(extra.getBytes(StandardCharsets.ISO_8859_1));
        out.write(">>".getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Knows how many bytes went out, for the cross-reference table. */
    private static final class CountingOutput extends OutputStream {
        private final OutputStream out;
        private long count;

        CountingOutput(OutputStream out) {
            this.out = out;
        }

        long count() {
            return count;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
