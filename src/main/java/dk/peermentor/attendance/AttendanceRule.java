package dk.peermentor.attendance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import dk.peermentor.cohort.Cohort;
import dk.peermentor.cohort.Programme;

/**
 * What attendance a trainee needs to be certified: at least {@code daysRequired} of the six
 * teaching days attended, and, when {@code makeUpsRequired}, every missed unit made up. The
 * attendance pages use it to name the trainees at risk while the course runs.
 */
public record AttendanceRule(int daysRequired, boolean makeUpsRequired) implements Serializable {

    /** The seed project's rule: five of six days, every missed unit made up. */
    public static final AttendanceRule DEFAULT = new AttendanceRule(5, true);

    /** The rule the programme sets (on the cohorts page). */
    public static AttendanceRule of(Programme programme) {
        return new AttendanceRule(programme.daysRequired(), programme.makeUpsRequired());
    }

    /** Why a trainee is at risk; empty when they are on track. */
    public List<Risk> risksOf(int daysMissed, int daysNotMadeUp) {
        List<Risk> risks = new ArrayList<>();
        if (daysMissed > Cohort.TEACHING_DAYS - daysRequired) {
            risks.add(Risk.TOO_MANY_MISSED);
        }
        if (makeUpsRequired && daysNotMadeUp > 0) {
            risks.add(Risk.NOT_MADE_UP);
        }
        return risks;
    }

    /** A reason a trainee may not be certified. */
    public enum Risk {
        /** Missed so many days that the required number can no longer be reached. */
        TOO_MANY_MISSED,
        /** Missed a unit that is not yet made up. */
        NOT_MADE_UP
    }
}
