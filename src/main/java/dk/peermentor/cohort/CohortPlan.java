package dk.peermentor.cohort;

import java.util.List;

/** One cohort as its coordinator plans it: days, warnings, trainers, and everyone who applied. */
public record CohortPlan(Cohort cohort, CohortStatus status, List<ScheduleWarning> warnings,
        List<TrainerAssignment> trainers, List<Enrolment> enrolments) {

    /** Enrolled or completed, in order of application. */
    public List<Enrolment> participants() {
        return enrolments.stream().filter(Enrolment::takesPart).toList();
    }

    /** On the waiting list, first come first. */
    public List<Enrolment> waiting() {
        return enrolments.stream().filter(e -> e.status() == EnrolmentStatus.WAITING).toList();
    }

    /** Withdrawn (or applied but not yet placed). */
    public List<Enrolment> others() {
        return enrolments.stream()
                .filter(e -> !e.takesPart() && e.status() != EnrolmentStatus.WAITING).toList();
    }
}
