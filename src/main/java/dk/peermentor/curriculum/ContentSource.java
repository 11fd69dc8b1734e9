package dk.peermentor.curriculum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the course content is read from: the copy packed into the war, or a directory named in the
 * configuration that overrides it. Paths are relative, with forward slashes.
 */
public interface ContentSource {

    /** The file's text (UTF-8), or empty when there is no such file. */
    Optional<String> read(String path);

    boolean exists(String path);

    /** The file's bytes (an image), or empty when there is no such file. */
    Optional<byte[]> readBytes(String path);

    /** How to name the file in an error message, so the reader can find it. */
    String describe(String path);

    static ContentSource directory(Path root) {
        Path base = root.toAbsolutePath().normalize();
        return new ContentSource() {
            @Override
            public Optional<String> read(String path) {
                Path file = base.resolve(path);
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + file, e);
                }
            }

            @Override
            public boolean exists(String path) {
                return Files.isRegularFile(base.resolve(path));
            }

            @Override
            public Optional<byte[]> readBytes(String path) {
                Path file = base.resolve(path).normalize();
                if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + file, e);
                }
            }

            @Override
            public String describe(String path) {
                return base.resolve(path).toString();
            }
        };
    }

    static ContentSource classpath(ClassLoader loader, String root) {
        return new ContentSource() {
            @Override
            public Optional<String> read(String path) {
                try (InputStream in = loader.getResourceAsStream(root + "/" + path)) {
                    return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + describe(path), e);
                }
            }

            @Override
            public boolean exists(String path) {
                URL url = loader.getResource(root + "/" + path);
                return url != null;
            }

            @Override
            public Optional<byte[]> readBytes(String path) {
                try (InputStream in = loader.getResourceAsStream(root + "/" + path)) {
                    return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + describe(path), e);
                }
            }

            @Override
            public String describe(String path) {
                return root + "/" + path + " (packed in the application)";
            }
        };
    }
}
