package dk.peermentor.curriculum;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Loads the curriculum once at start-up and hands it out. A broken content file fails the start,
 * with the file and line in the log, rather than showing trainees half a course.
 * <p>
 * By default the content packed into the war is used; {@code peermentor.content.dir} names a
 * directory that replaces it, so a programme can adapt its materials without a rebuild.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CurriculumRegistry {

    private static final Logger LOG = Logger.getLogger(CurriculumRegistry.class.getName());

    /** Where the build packs {@code course-content/} inside the war's classes. */
    static final String PACKED_ROOT = "course-content";

    @Inject
    @ConfigProperty(name = "peermentor.content.dir")
    Optional<String> contentDirectory;

    /** Names of the images a unit may show: a plain file name in {@code images/}, nothing else. */
    private static final Pattern IMAGE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.(svg|png|jpe?g|webp)");

    private volatile Curriculum curriculum;
    private volatile ContentSource source;

    @PostConstruct
    void load() {
        source = contentDirectory.map(Path::of).map(CurriculumRegistry::existingDirectory)
                .orElseGet(() -> ContentSource.classpath(getClass().getClassLoader(), PACKED_ROOT));
        try {
            curriculum = CourseContentLoader.load(source);
        } catch (CourseContentException e) {
            LOG.log(Level.SEVERE, e.getMessage());
            throw e;
        }
        LOG.info(() -> "Curriculum '" + curriculum.id() + "' loaded from " + source.describe("") + ": "
                + curriculum.units().size() + " units");
    }

    private static ContentSource existingDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new CourseContentException(List.of(new CourseContentException.Problem(
                    directory.toAbsolutePath().toString(), 1,
                    "peermentor.content.dir names a directory that does not exist")));
        }
        return ContentSource.directory(directory);
    }

    public Curriculum curriculum() {
        return curriculum;
    }

    /** An image of the course content by file name; empty for an unknown or unsafe name. */
    public Optional<byte[]> image(String name) {
        return name != null && IMAGE_NAME.matcher(name).matches() ? source.readBytes("images/" + name) : Optional.empty();
    }

    public boolean isLoaded() {
        return curriculum != null;
    }
}
