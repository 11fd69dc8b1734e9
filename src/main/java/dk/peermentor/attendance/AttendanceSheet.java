package dk.peermentor.attendance;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.peermentor.cohort.TeachingDay;

/**
 * A cohort's attendance at a glance: one row per trainee, one column per teaching day, with the
 * make-ups, the attendance rate per day and per trainee, and who is at risk under the rule.
 * {@code daysHeld} are the sequences of the days that have taken place, today's included;
 * {@code today} is the sequence of today's day, if there is one: while it runs, a trainee not yet
 * marked on it has not missed it.
 */
public record AttendanceSheet(long cohortId, String cohortName, List<TeachingDay> days, List<Integer> daysHeld,
        Integer today, AttendanceRule rule, List<Row> rows) implements Serializable {

    /** Attended marks in whole percent of the marks on that day, for trainees taking part; null before any. */
    public Long rateOn(int sequence) {
        long marked = rows.stream().filter(Row::takesPart).filter(r -> r.on(sequence) != null).count();
        long attended = rows.stream().filter(Row::takesPart)
                .filter(r -> r.on(sequence) != null && r.on(sequence).countsAsAttended()).count();
        return marked == 0 ? null : Math.round(100.0 * attended / marked);
    }

    /** The trainees taking part for whom the rule names a risk. */
    public List<Row> atRisk() {
        return rows.stream().filter(Row::takesPart).filter(r -> !risksOf(r).isEmpty()).toList();
    }

    public List<AttendanceRule.Risk> risksOf(Row row) {
        return rule.risksOf(missedBy(row).size(), notMadeUpBy(row).size());
    }

    /** The held days the trainee did not attend: marked as not attended, or over without a mark. */
    public List<Integer> missedBy(Row row) {
        return daysHeld.stream()
                .filter(s -> row.on(s) == null ? !s.equals(today) : !row.on(s).countsAsAttended()).toList();
    }

    /** The missed days without a make-up. */
    public List<Integer> notMadeUpBy(Row row) {
        return missedBy(row).stream().filter(s -> row.madeUp(s) == null).toList();
    }

    /** A trainee's attendance rate in whole percent of the days that count so far; null before any. */
    public Long rateOf(Row row) {
        long counted = daysHeld.stream().filter(s -> row.on(s) != null || !s.equals(today)).count();
        return counted == 0 ? null : Math.round(100.0 * row.attended() / counted);
    }

    /** The unit of a teaching day, by sequence. */
    public TeachingDay day(int sequence) {
        return days.stream().filter(d -> d.sequence() == sequence).findFirst().orElseThrow();
    }

    /**
     * One trainee's marks and make-ups by teaching-day sequence; a day without a mark is missing
     * from the map. Withdrawn trainees stay on the sheet with what was recorded, outside the rates.
     */
    public record Row(long enrolmentId, String traineeName, boolean takesPart, Map<Integer, AttendanceStatus> marks,
            Map<Integer, MadeUp> makeUps) implements Serializable {

        public AttendanceStatus on(int sequence) {
            return marks.get(sequence);
        }

        public MadeUp madeUp(int sequence) {
            return makeUps.get(sequence);
        }

        public long attended() {
            return marks.values().stream().filter(AttendanceStatus::countsAsAttended).count();
        }
    }

    /** How a missed day was made up: where (the host cohort for a guest) and when. */
    public record MadeUp(long id, MakeUpKind kind, LocalDate heldOn, String hostCohort, String note) implements Serializable {
    }
}
