package dk.peermentor.certificates;

import java.util.ArrayList;
import java.util.List;

import dk.peermentor.attendance.TraineeProgress;
import dk.peermentor.attendance.TraineeProgress.UnitProgress;
import dk.peermentor.cohort.Cohort;
import dk.peermentor.cohort.EnrolmentStatus;

/**
 * One reason a trainee does not (yet) meet the programme's certification rule. {@link #of} lists them
 * all, so the coordinator reads exactly why; none means the rule is met and a coordinator may issue.
 * {@code day} and {@code unitId} name a missed unit; {@code attended} and {@code required} the count.
 */
public record Shortfall(Kind kind, int day, String unitId, int attended, int required) {

    /** What stands between the trainee and the certificate. */
    public enum Kind {
        /** Left the cohort. */
        WITHDREW,
        /** Teaching days still to come. */
        NOT_FINISHED,
        /** Fewer days attended than the rule asks. */
        TOO_FEW_DAYS,
        /** A missed unit not made up, while the rule asks for make-ups. */
        NOT_MADE_UP
    }

    /** Everything that keeps {@code progress} from the certificate; empty when the rule is met. */
    public static List<Shortfall> of(TraineeProgress progress) {
        if (progress.status() == EnrolmentStatus.WITHDRAWN) {
            return List.of(new Shortfall(Kind.WITHDREW, 0, null, progress.attended(), progress.rule().daysRequired()));
        }
        List<Shortfall> shortfalls = new ArrayList<>();
        boolean finished = progress.units().size() == Cohort.TEACHING_DAYS
                && progress.units().stream().allMatch(UnitProgress::over);
        if (!finished) {
            shortfalls.add(new Shortfall(Kind.NOT_FINISHED, 0, null, progress.attended(), progress.rule().daysRequired()));
        }
        if (finished && progress.attended() < progress.rule().daysRequired()) {
            shortfalls.add(new Shortfall(Kind.TOO_FEW_DAYS, 0, null, progress.attended(), progress.rule().daysRequired()));
        }
        if (progress.rule().makeUpsRequired()) {
            for (UnitProgress unit : progress.toMakeUp()) {
                shortfalls.add(new Shortfall(Kind.NOT_MADE_UP, unit.sequence(), unit.unitId(), progress.attended(),
                        progress.rule().daysRequired()));
            }
        }
        return List.copyOf(shortfalls);
    }
}
