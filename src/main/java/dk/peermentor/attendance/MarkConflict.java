package dk.peermentor.attendance;

import dk.peermentor.platform.RuleViolation;

/** Someone else marked the same trainee on the same day in the meantime; nothing was overwritten. */
public class MarkConflict extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public MarkConflict() {
        super("rule.attendance.conflict");
    }
}
