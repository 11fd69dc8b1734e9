package dk.peermentor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The curriculum of the shared deployment: the shipped one, with markup planted where a unit is shown. */
public final class SharedContent {

    /** Planted in unit 1's objectives (Danish): every page must show it as text, never run it. */
    public static final String SCRIPT = "<script>alert('peer')</script>";

    private static Path directory;

    private SharedContent() {
    }

    static synchronized Path directory() {
        if (directory == null) {
            try {
                Path content = ContentCopy.of(Path.of("target/it-content/shared")).toAbsolutePath();
                ContentCopy.replace(content.resolve("units/1-recovery.da.md"), "Efter dagen kan du:",
                        "Efter dagen kan du: " + SCRIPT);
                directory = content;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot copy the course content for the shared deployment", e);
            }
        }
        return directory;
    }
}
