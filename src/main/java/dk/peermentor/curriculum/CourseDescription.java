package dk.peermentor.curriculum;

/** The course as a whole, in one language: title, one-line summary and a Markdown description. */
public record CourseDescription(String title, String summary, String markdown) {
}
