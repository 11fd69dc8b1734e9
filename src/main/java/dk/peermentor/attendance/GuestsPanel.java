package dk.peermentor.attendance;

import java.io.Serializable;
import java.util.List;

import dk.peermentor.platform.Messages;
import dk.peermentor.platform.RuleViolation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The guests part of a roll call: trainees of other cohorts who make up this day's unit here. The
 * roll call page passes its teaching day to every call.
 */
@Named
@ViewScoped
public class GuestsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MakeUpService makeUps;

    private Long candidate;
    private List<MakeUpService.Guest> guests;
    private List<MakeUpService.GuestCandidate> candidates;

    public List<MakeUpService.Guest> guests(long day) {
        if (guests == null) {
            guests = makeUps.guestsOn(day);
        }
        return guests;
    }

    public List<MakeUpService.GuestCandidate> candidates(long day) {
        if (candidates == null) {
            candidates = makeUps.guestCandidates(day);
        }
        return candidates;
    }

    public void add(long day) {
        if (candidate == null) {
            Messages.refused(new RuleViolation("rule.required", "makeUp.guest"));
            return;
        }
        try {
            makeUps.recordGuest(day, candidate);
            Messages.info("guests.added");
            candidate = null;
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
        reload();
    }

    public void remove(long makeUpId) {
        try {
            makeUps.remove(makeUpId);
            Messages.info("makeUp.removed");
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
        reload();
    }

    private void reload() {
        guests = null;
        candidates = null;
    }

    public Long getCandidate() {
        return candidate;
    }

    public void setCandidate(Long candidate) {
        this.candidate = candidate;
    }
}
