package dk.peermentor.attendance;

import java.time.LocalDate;
import java.util.List;

import dk.peermentor.cohort.Cohort;
import dk.peermentor.cohort.EnrolmentStatus;

/**
 * Where a trainee stands against the attendance rule for the certificate: unit by unit, what they
 * attended (in this cohort, or in the one they were moved from), what they missed, and what they
 * made up. A day over without a mark counts as missed; today's only once it is marked.
 */
public record TraineeProgress(EnrolmentStatus status, AttendanceRule rule, List<UnitProgress> units) {

    /** What to tell the trainee first. */
    public enum Standing {
        /** Left the cohort. */
        WITHDRAWN,
        /** Missed more days than the rule allows; this cohort can no longer lead to the certificate. */
        CANNOT_REACH,
        /** A missed unit is still to be made up. */
        MAKE_UP_NEEDED,
        /** Nothing missing so far; days still to come. */
        ON_TRACK,
        /** All six days over, and the attendance rule is met. */
        MEETS_RULE
    }

    /**
     * One unit: its teaching day in this cohort, the mark, and whether it was made up or attended in
     * an earlier cohort. {@code over} says whether the day counts yet.
     */
    public record UnitProgress(int sequence, String unitId, LocalDate date, boolean over, AttendanceStatus mark,
            boolean madeUp, boolean attendedEarlier) {

        public boolean attended() {
            return attendedEarlier || mark != null && mark.countsAsAttended();
        }

        public boolean missed() {
            return over && !attended();
        }
    }

    /** {@code over}: the day is before today, or it is today and the trainee has been marked. */
    public static boolean isOver(LocalDate day, LocalDate today, AttendanceStatus mark) {
        return day.isBefore(today) || day.equals(today) && mark != null;
    }

    public int attended() {
        return (int) units.stream().filter(UnitProgress::attended).count();
    }

    public List<UnitProgress> missed() {
        return units.stream().filter(UnitProgress::missed).toList();
    }

    public List<UnitProgress> toMakeUp() {
        return missed().stream().filter(u -> !u.madeUp()).toList();
    }

    public List<UnitProgress> madeUp() {
        return missed().stream().filter(UnitProgress::madeUp).toList();
    }

    public List<UnitProgress> attendedEarlier() {
        return units.stream().filter(UnitProgress::attendedEarlier).toList();
    }

    public Standing standing() {
        if (status == EnrolmentStatus.WITHDRAWN) {
            return Standing.WITHDRAWN;
        }
        List<AttendanceRule.Risk> risks = rule.risksOf(missed().size(), toMakeUp().size());
        if (risks.contains(AttendanceRule.Risk.TOO_MANY_MISSED)) {
            return Standing.CANNOT_REACH;
        }
        if (risks.contains(AttendanceRule.Risk.NOT_MADE_UP)) {
            return Standing.MAKE_UP_NEEDED;
        }
        boolean allOver = units.size() == Cohort.TEACHING_DAYS && units.stream().allMatch(UnitProgress::over);
        return allOver ? Standing.MEETS_RULE : Standing.ON_TRACK;
    }
}
