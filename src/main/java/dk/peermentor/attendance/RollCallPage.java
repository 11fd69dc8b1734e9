package dk.peermentor.attendance;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.peermentor.platform.Messages;
import dk.peermentor.platform.NotFound;
import dk.peermentor.platform.RuleViolation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The roll call of one teaching day: /trainer/roll-call?day=... Each mark is saved as it is made.
 * When another trainer marked the same trainee in between, their value is shown and the trainer
 * chooses: keep it, or put their own.
 */
@Named
@ViewScoped
public class RollCallPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttendanceService attendance;

    private Long day;
    private RollCall rollCall;
    private String correctionReason;
    /** Per trainee: the value the trainer wanted when someone else's mark was there first. */
    private final Map<Long, AttendanceStatus> conflicts = new HashMap<>();
    private Long lastSaved;

    public void load() {
        if (day == null) {
            throw new NotFound("teaching day");
        }
        rollCall = attendance.rollCall(day);
    }

    public void mark(RollCall.Line line, AttendanceStatus status) {
        lastSaved = null;
        try {
            Attendance saved = attendance.mark(line.enrolmentId(), day, status, line.note(), line.version(),
                    correctionReason);
            conflicts.remove(line.enrolmentId());
            lastSaved = line.enrolmentId();
            // Only this line changed as far as this trainer knows; the page re-renders just this line.
            rollCall = rollCall.with(new RollCall.Line(line.enrolmentId(), line.traineeName(), saved.status(),
                    saved.note(), saved.version(), null));
        } catch (MarkConflict conflict) {
            conflicts.put(line.enrolmentId(), status);
            Messages.refused(conflict);
            load();
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
    }

    /** After a conflict: the trainer's own value replaces the other's, now that they have seen it. */
    public void useMine(RollCall.Line line) {
        AttendanceStatus mine = conflicts.get(line.enrolmentId());
        if (mine != null) {
            mark(line, mine);
        }
    }

    public void keepTheirs(RollCall.Line line) {
        conflicts.remove(line.enrolmentId());
    }

    /** Everyone without a mark yet is marked present, in one go. */
    public void markUnmarkedPresent() {
        try {
            Messages.info("rollCall.allMarked", attendance.markUnmarkedPresent(day));
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
        load();
    }

    /** The marks the day allows now: ahead of it, only an excused absence. */
    public List<AttendanceStatus> getStatuses() {
        return rollCall != null && rollCall.upcoming() ? List.of(AttendanceStatus.EXCUSED)
                : List.of(AttendanceStatus.values());
    }

    public AttendanceStatus conflictOf(RollCall.Line line) {
        return conflicts.get(line.enrolmentId());
    }

    public boolean isSaved(RollCall.Line line) {
        return Long.valueOf(line.enrolmentId()).equals(lastSaved);
    }

    /** The roll call; a missing or malformed day parameter leaves none, which is a 404. */
    public RollCall getRollCall() {
        if (rollCall == null) {
            load();
        }
        return rollCall;
    }

    public List<RollCall.Line> getLines() {
        return getRollCall().lines();
    }

    public Long getDay() {
        return day;
    }

    public void setDay(Long day) {
        this.day = day;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }
}
