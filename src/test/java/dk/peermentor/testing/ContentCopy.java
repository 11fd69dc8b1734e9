package dk.peermentor.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A copy of the shipped course content that a test adapts and hands to a deployment. */
public final class ContentCopy {

    /** The course content of the checkout the tests run in. */
    public static final Path SHIPPED = Path.of(System.getProperty("course.content.dir", "course-content"));

    private ContentCopy() {
    }

    public static Path of(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(SHIPPED.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }

    /** Replaces the first occurrence of {@code text} in {@code file}. */
    public static void replace(Path file, String text, String replacement) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, content.replaceFirst(Pattern.quote(text), replacement), StandardCharsets.UTF_8);
    }
}
