package dk.peermentor.curriculum;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The course content is broken. Names every problem found, each with its file and line, so that the
 * person who edits the content can fix all of them in one go.
 */
public class CourseContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One problem: the file (as the source describes it), the 1-based line, and what is wrong. */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return file + ", line " + line + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public CourseContentException(List<Problem> problems) {
        super("The course content is broken (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "):\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
