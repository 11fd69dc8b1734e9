package dk.peermentor.curriculum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a small but complete course-content tree into a directory, so that each loader test can
 * break exactly one thing in it.
 */
final class ContentTree {

    static final String[] UNIT_IDS = {"recovery", "active-listening", "crisis-handling", "decentred-sharing",
        "boundaries-and-trust", "peer-support-in-practice"};

    private final Path root;

    private ContentTree(Path root) {
        this.root = root;
    }

    static ContentTree writeValid(Path root) {
        ContentTree tree = new ContentTree(root);
        StringBuilder manifest = new StringBuilder("""
                id: test-course
                languages: [da, en]
                hoursPerDay: 5
                description:
                  da: course.da.md
                  en: course.en.md
                units:
                """);
        for (int day = 1; day <= UNIT_IDS.length; day++) {
            String id = UNIT_IDS[day - 1];
            manifest.append("  - id: ").append(id).append('\n')
                    .append("    day: ").append(day).append('\n')
                    .append("    files: {da: units/").append(day).append('-').append(id).append(".da.md, en: units/")
                    .append(day).append('-').append(id).append(".en.md}\n");
            tree.write("units/" + day + "-" + id + ".da.md", unit("Dag " + day + " på dansk"));
            tree.write("units/" + day + "-" + id + ".en.md", unit("Day " + day + " in English"));
        }
        tree.write("course.yaml", manifest.toString());
        tree.write("course.da.md", "---\ntitle: Kurset\nsummary: Et kursus.\n---\n\nOm kurset.\n");
        tree.write("course.en.md", "---\ntitle: The course\nsummary: A course.\n---\n\nAbout the course.\n");
        tree.write("images/figure.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        return tree;
    }

    static String unit(String title) {
        return """
                ---
                title: %s
                summary: What the day is about.
                topics:
                  - First topic
                  - Second topic
                ---

                ## Objectives {#objectives}
                - You can listen.

                ![A figure](../images/figure.svg)

                ## Preparation {#preparation}
                Read the handout.

                ## Programme {#programme}
                | Time | Content |
                |---|---|
                | 09:30 | Welcome |

                ## Exercises {#exercises}
                ### Exercise 1
                Listen in threes.

                ## Reflection {#reflection}
                1. What did you notice?

                ## Further reading {#further-reading}
                - [The handout](https://example.org/handout)
                """.formatted(title);
    }

    Path root() {
        return root;
    }

    ContentTree write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code text} in a file. */
    ContentTree replace(String path, String text, String replacement) {
        String content = read(path);
        if (!content.contains(text)) {
            throw new IllegalArgumentException(path + " does not contain " + text);
        }
        return write(path, content.replaceFirst(java.util.regex.Pattern.quote(text),
                java.util.regex.Matcher.quoteReplacement(replacement)));
    }

    ContentTree delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
