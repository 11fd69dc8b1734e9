package dk.peermentor.curriculum;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dk.peermentor.platform.Language;

/**
 * How long a unit and the whole course take to print, after warm-up; prints the figures and asserts
 * nothing about time (the machine is shared). {@code -Dpdf.out=dir} also writes the PDFs there.
 * Run: {@code mvn -q test -Dtest=CoursePdfBench}.
 */
class CoursePdfBench {

    private final CoursePdf pdf = new CoursePdf();
    private final Curriculum curriculum = CoursePdfTest.CURRICULUM;

    @Test
    void printsUnitsAndTheCourse() throws IOException {
        for (int i = 0; i < 20; i++) {
            pdf.unit(curriculum, "crisis-handling", Language.DA, new ByteArrayOutputStream());
            pdf.course(curriculum, Language.EN, new ByteArrayOutputStream());
        }
        // CPU time as well as wall time: on a shared, busy machine the wall time mostly measures the neighbours.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int rounds = 30;
        long bytes = 0;
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (Unit unit : curriculum.units()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                pdf.unit(curriculum, unit.id(), Language.DA, out);
                bytes += out.size();
            }
        }
        double perUnit = (System.nanoTime() - start) / 1e6 / (rounds * curriculum.units().size());
        double perUnitCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / (rounds * curriculum.units().size());
        long unitBytes = bytes / (rounds * curriculum.units().size());
        cpu = threads.getCurrentThreadCpuTime();

        ByteArrayOutputStream course = new ByteArrayOutputStream();
        start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            course = new ByteArrayOutputStream();
            pdf.course(curriculum, Language.DA, course);
        }
        double perCourse = (System.nanoTime() - start) / 1e6 / rounds;
        double perCourseCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / rounds;
        System.out.printf("CoursePdfBench: unit PDF %.1f ms (%.1f ms CPU), %d bytes on average;"
                + " course PDF %.1f ms (%.1f ms CPU), %d bytes%n",
                perUnit, perUnitCpu, unitBytes, perCourse, perCourseCpu, course.size());

        String dir = System.getProperty("pdf.out");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, "course.da.pdf"), course.toByteArray());
            for (Language language : Language.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                pdf.unit(curriculum, "crisis-handling", language, out);
                Files.write(Path.of(dir, "crisis-handling." + language.code() + ".pdf"), out.toByteArray());
            }
        }
    }
}
