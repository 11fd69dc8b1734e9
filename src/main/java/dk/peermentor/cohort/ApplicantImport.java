package dk.peermentor.cohort;

import java.io.Serializable;
import java.util.List;

/**
 * What reading an applicant file gave: the rows, or the problems found, each with its line in the
 * file and the column. An import with any problem imports nothing. Only the first
 * {@link #PROBLEMS_SHOWN} problems are kept (a file with a wrong column has one on every line);
 * {@code problemCount} says how many there were.
 */
public record ApplicantImport(List<Row> rows, List<Problem> problems, int problemCount) implements Serializable {

    static final int PROBLEMS_SHOWN = 100;

    static ApplicantImport accepted(List<Row> rows) {
        return new ApplicantImport(List.copyOf(rows), List.of(), 0);
    }

    static ApplicantImport refused(List<Problem> problems) {
        return new ApplicantImport(List.of(), List.copyOf(problems.subList(0, Math.min(problems.size(), PROBLEMS_SHOWN))),
                problems.size());
    }

    /** How many problems there were beyond those kept. */
    public int problemsNotShown() {
        return problemCount - problems.size();
    }

    public boolean isValid() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    /** One applicant, and the line of the file they came from. */
    public record Row(int line, NewTrainee trainee) implements Serializable {
    }

    /** What is wrong, where: {@code field} is a bundle key naming the column (null for the whole file). */
    public record Problem(int line, String field, String messageKey, List<Object> arguments) implements Serializable {
    }
}
