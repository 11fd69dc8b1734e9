package dk.peermentor.handouts;

import java.io.Serializable;
import java.util.List;

import dk.peermentor.platform.Messages;
import dk.peermentor.platform.RuleViolation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;

/**
 * The coordinator's editor of the handout: /coordinator/handouts. One form adds or edits an
 * activity; a removal is asked for and then confirmed.
 */
@Named
@ViewScoped
public class HandoutsEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HandoutService handouts;

    private transient List<PracticeActivity> activities;

    // The activity being edited (null: the form adds one) and the version the coordinator saw.
    private Long editingId;
    private int editingVersion;
    private String activity;
    private String schedule;
    private String place;
    private String leadPerson;
    private String contact;

    private Long removingId;
    private int removingVersion;
    private String removingName;

    public List<PracticeActivity> getActivities() {
        if (activities == null) {
            activities = handouts.activities();
        }
        return activities;
    }

    public void startEditing(PracticeActivity row) {
        editingId = row.id();
        editingVersion = row.version();
        activity = row.activity();
        schedule = row.schedule();
        place = row.place();
        leadPerson = row.leadPerson();
        contact = row.contact();
        removingId = null;
    }

    public void save() {
        ActivityDetails details = new ActivityDetails(activity, schedule, place, leadPerson, contact);
        act(() -> {
            if (editingId == null) {
                handouts.add(details);
                Messages.info("handouts.added", details.activity().strip());
            } else {
                handouts.edit(editingId, details, editingVersion);
                Messages.info("handouts.saved", details.activity().strip());
            }
            clearForm();
        });
    }

    public void moveUp(PracticeActivity row) {
        act(() -> handouts.moveUp(row.id(), row.version()));
    }

    public void moveDown(PracticeActivity row) {
        act(() -> handouts.moveDown(row.id(), row.version()));
    }

    public void askRemove(PracticeActivity row) {
        removingId = row.id();
        removingVersion = row.version();
        removingName = row.activity();
    }

    public void remove() {
        String name = removingName;
        act(() -> {
            handouts.remove(removingId, removingVersion);
            Messages.info("handouts.removed", name);
            if (removingId.equals(editingId)) {
                clearForm();
            }
        });
        cancelRemove();
    }

    public void cancelRemove() {
        removingId = null;
        removingName = null;
    }

    private void clearForm() {
        editingId = null;
        activity = null;
        schedule = null;
        place = null;
        leadPerson = null;
        contact = null;
    }

    /** Runs a change and shows why it was refused; the list is read again either way. */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (RuleViolation refused) {
            Messages.refused(refused);
            if (refused.messageKey().endsWith("Meanwhile")) {
                // Someone else's version is what the list shows now; the edit starts again from it.
                clearForm();
            }
        } catch (OptimisticLockException lostRace) {
            // Two saves at the very same moment: the database's version check caught the second.
            Messages.error("rule.handouts.changedMeanwhile", activity == null ? "" : activity);
            clearForm();
        }
        activities = null;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getLeadPerson() {
        return leadPerson;
    }

    public void setLeadPerson(String leadPerson) {
        this.leadPerson = leadPerson;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public Long getRemovingId() {
        return removingId;
    }

    public String getRemovingName() {
        return removingName;
    }
}
