package dk.peermentor.cohort;

import java.io.Serializable;
import java.util.List;

/**
 * What reading an applicant file gave: the rows, or every problem found, each with its line in the
 * file and the column. An import with any problem imports nothing.
 */
public record ApplicantImport(List<Row> rows, List<Problem> problems) implements Serializable {

    static ApplicantImport accepted(List<Row> rows) {
        return new ApplicantImport(List.copyOf(rows), List.of());
    }

    static ApplicantImport refused(List<Problem> problems) {
        return new ApplicantImport(List.of(), List.copyOf(problems));
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
