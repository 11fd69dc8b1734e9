package dk.peermentor.certificates;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Many certificates at once, streamed: a ZIP of one PDF each, or one merged PDF/A-2b with a page
 * each. Certificates are printed on two threads, a few ahead of the writer, and written in the order
 * given; memory stays flat whatever the count (only the ZIP's directory, the merged PDF's object
 * offsets and the file names seen grow, by bytes per certificate).
 * <p>
 * Usage: {@code CertificateBatch.zip(contents.iterator(), c -> c.number() + ".pdf", response.getOutputStream());}
 */
public final class CertificateBatch {

    private static final CertificatePdf PDF = new CertificatePdf();
    /** Two printers: the machines we run on have two cores, and a request should not take more. */
    private static final int THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());
    private static final int AHEAD = 2 * THREADS;

    private CertificateBatch() {
    }

    /**
     * A ZIP with a PDF per certificate (stored: the PDFs are compressed inside), named by {@code fileName} (".pdf" added when missing; a name
     * that comes twice gets "-2", "-3"). {@code out} stays open.
     */
    public static void zip(Iterator<CertificateContent> items, Function<CertificateContent, String> fileName,
            OutputStream out) {
        zip(items, fileName, UnaryOperator.identity(), out);
    }

    /** As {@link #zip(Iterator, Function, OutputStream)}, each PDF passed through {@code finish} (signing). */
    public static void zip(Iterator<CertificateContent> items, Function<CertificateContent, String> fileName,
            UnaryOperator<byte[]> finish, OutputStream out) {
        ZipOutputStream zip = new ZipOutputStream(new CertificatePdf.KeepOpen(out));
        Set<String> names = new HashSet<>();
        try {
            inOrder(items, content -> Named.of(fileName.apply(content), finish.apply(PDF.toBytes(content))), named -> {
                try {
                    ZipEntry entry = new ZipEntry(unique(names, named.name()));
                    // Stored, not deflated: a certificate's fonts, page and profile are compressed
                    // already; deflating the rest saved 15 % of the size for about 0.4 s per 1,000.
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(named.pdf().length);
                    entry.setCompressedSize(named.pdf().length);
                    entry.setCrc(named.crc());
                    zip.putNextEntry(entry);
                    zip.write(named.pdf());
                    zip.closeEntry();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One PDF/A-2b with a page per certificate. {@code out} stays open. */
    public static void merged(Iterator<CertificateContent> items, OutputStream out) {
        try (MergedPdfWriter writer = new MergedPdfWriter(out, PDF.mergedTitle(), PDF.mergedAuthor())) {
            inOrder(items, content -> {
                try {
                    return PDF.buildSubset(content);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, document -> {
                try (PDDocument d = document) {
                    writer.addPage(d.getPage(0));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A printed certificate with its ZIP entry's name and checksum, both made on the printing thread. */
    private record Named(String name, byte[] pdf, long crc) {
        static Named of(String name, byte[] pdf) {
            CRC32 crc = new CRC32();
            crc.update(pdf);
            return new Named(name, pdf, crc.getValue());
        }
    }

    private static String unique(Set<String> names, String wanted) {
        String base = wanted == null || wanted.isBlank() ? "certificate" : wanted.replaceAll("[/\\\\:*?\"<>|]", "_");
        if (base.toLowerCase().endsWith(".pdf")) {
            base = base.substring(0, base.length() - 4);
        }
        String name = base + ".pdf";
        for (int i = 2; !names.add(name); i++) {
            name = base + "-" + i + ".pdf";
        }
        return name;
    }

    /** Renders on {@link #THREADS} threads at most {@link #AHEAD} ahead, hands results over in order. */
    private static <T> void inOrder(Iterator<CertificateContent> items, Function<CertificateContent, T> render,
            Consumer<T> write) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "certificate-batch");
            thread.setDaemon(true);
            return thread;
        });
        ArrayDeque<Future<T>> pending = new ArrayDeque<>();
        try {
            while (items.hasNext() || !pending.isEmpty()) {
                while (items.hasNext() && pending.size() < AHEAD) {
                    CertificateContent content = items.next();
                    pending.add(pool.submit(() -> render.apply(content)));
                }
                write.accept(pending.poll().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while printing certificates", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pending.forEach(future -> future.cancel(true));
            pool.shutdownNow();
        }
    }
}
