package dk.peermentor.certificates;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.junit.jupiter.api.Test;

/**
 * How fast certificates print and how big they are. Run on demand:
 * {@code mvn -q test -Dtest=CertificatePdfBench}; the figures go to stdout and
 * target/bench/certificates.md and, by hand, to docs/performance.md. Speed is measured, not asserted.
 */
class CertificatePdfBench {

    private static final int WARM_UP = 2_000;
    private static final int ROUND = 1_000;
    private static final int BATCH = 1_000;

    private final List<CertificateContent> contents = Certificates.batch(ROUND);
    private final StringBuilder report = new StringBuilder();

    @Test
    void measure() throws Exception {
        line("# Certificates (CertificatePdfBench)%n");
        line("- machine: %d cores, load average before: %s", Runtime.getRuntime().availableProcessors(), load());
        line("- JVM: %s, max heap %d MB", System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);

        CertificatePdf plain = new CertificatePdf(CompressParameters.NO_COMPRESSION);
        CertificatePdf objectStreams = new CertificatePdf();
        for (int i = 0; i < WARM_UP; i++) {
            plain.toBytes(contents.get(i % ROUND));
            if (i % 4 == 0) {
                objectStreams.toBytes(contents.get(i % ROUND));
            }
        }

        line("%n## Single thread, after %d warm-up certificates%n", WARM_UP);
        line("| writer | ms per certificate (best of 3 rounds of %d) | median round | CPU ms per certificate (best) | bytes (no logo) | bytes (logo) |", ROUND);
        line("| --- | --- | --- | --- | --- | --- |");
        for (var writer : List.of(new Object[] { "no object streams", plain },
                new Object[] { "object streams (default)", objectStreams })) {
            CertificatePdf pdf = (CertificatePdf) writer[1];
            double[] rounds = new double[3];
            double cpu = Double.MAX_VALUE;
            var threads = ManagementFactory.getThreadMXBean();
            for (int r = 0; r < 3; r++) {
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                for (CertificateContent content : contents) {
                    pdf.toBytes(content);
                }
                rounds[r] = (System.nanoTime() - start) / 1e6 / ROUND;
                cpu = Math.min(cpu, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / ROUND);
            }
            Arrays.sort(rounds);
            int size = pdf.toBytes(contents.get(0)).length;
            int logo = pdf.toBytes(Certificates.withLogo(contents.get(0))).length;
            line("| %s | %.2f | %.2f | %.2f | %,d | %,d |", writer[0], rounds[0], rounds[1], cpu, size, logo);
        }

        line("%n## Two threads%n");
        for (int r = 0; r < 3; r++) {
            twoThreads(plain, 2 * ROUND, r + 1);
        }

        line("%n## 1,000 certificates in one download (counting null stream)%n");
        line("| what | time (s) | bytes | heap growth, sampled peak (MB) | old generation growth (MB) | retained after GC (MB) |");
        line("| --- | --- | --- | --- | --- | --- |");
        for (int r = 0; r < 2; r++) {
            batch("ZIP, round " + (r + 1), out -> CertificateBatch.zip(contents.iterator(), CertificateBatchTest::fileName, out));
            batch("merged PDF, round " + (r + 1), out -> CertificateBatch.merged(contents.iterator(), out));
        }

        line("%n- load average after: %s", load());
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("certificates.md"), report);
    }

    /**
     * Certificates per second on two threads, and how much of the wall time the two threads were on a
     * CPU: well under 100 % means the neighbours (or the GC) had the cores, not that we waited on a lock.
     */
    private void twoThreads(CertificatePdf pdf, int total, int round) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        var threads = ManagementFactory.getThreadMXBean();
        try {
            long start = System.nanoTime();
            List<Future<Long>> futures = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    long cpu = threads.getCurrentThreadCpuTime();
                    for (int i = offset; i < total; i += 2) {
                        pdf.toBytes(contents.get(i % ROUND));
                    }
                    return threads.getCurrentThreadCpuTime() - cpu;
                }));
            }
            long cpu = 0;
            for (Future<Long> future : futures) {
                cpu += future.get();
            }
            long wall = System.nanoTime() - start;
            line("- round %d: %.0f certificates/s; the two threads were on a CPU %.0f %% of the time each, "
                    + "%.2f ms CPU per certificate", round, total / (wall / 1e9), 100.0 * cpu / 2 / wall,
                    cpu / 1e6 / total);
        } finally {
            pool.shutdown();
        }
    }

    private interface Download {
        void write(OutputStream out) throws IOException;
    }

    private void batch(String what, Download download) throws Exception {
        System.gc();
        Thread.sleep(100);
        Runtime runtime = Runtime.getRuntime();
        long before = runtime.totalMemory() - runtime.freeMemory();
        List<MemoryPoolMXBean> oldPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && (p.getName().contains("Old") || p.getName().contains("Tenured")))
                .toList();
        long oldBefore = oldPools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        oldPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        Counting out = new Counting();
        long start = System.nanoTime();
        download.write(out);
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        sampler.join();
        long oldPeak = oldPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        Thread.sleep(100);
        long after = runtime.totalMemory() - runtime.freeMemory();
        line("| %s | %.2f | %,d | %.1f | %.1f | %.1f |", what, seconds, out.count, (peak.get() - before) / 1048576.0,
                (oldPeak - oldBefore) / 1048576.0, (after - before) / 1048576.0);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private void line(String format, Object... arguments) {
        String text = String.format(Locale.ROOT, format, arguments);
        System.out.println(text);
        report.append(text).append('\n');
    }

    /** A null stream that counts. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
