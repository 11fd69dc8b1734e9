package dk.peermentor.matching;

import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.List;

import dk.peermentor.platform.Messages;
import dk.peermentor.platform.RuleViolation;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The coordinator's register, /coordinator/matching: the eligible pool with filters and counts, the
 * CSV export, pausing and lifting, and one person's history.
 */
@Named
@ViewScoped
public class MatchingRegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MatchingRegister register;

    private String area;
    private String language;
    private String interest;
    private ActivityKind activityKind;
    private Frequency frequency;
    private DayOfWeek day;

    private Long pausingId;
    private String pausingName;
    private String pauseReason;

    private transient List<MatchingRegister.Row> rows;
    private transient MatchingRegister.History history;

    public int getPageRows() {
        return MatchingRegister.PAGE_ROWS;
    }

    public List<MatchingRegister.Row> getRows() {
        if (rows == null) {
            rows = register.eligible(filter(), MatchingRegister.PAGE_ROWS);
        }
        return rows;
    }

    public MatchingRegister.Counts getCounts() {
        return register.counts();
    }

    public List<MatchingRegister.Paused> getPaused() {
        return register.paused();
    }

    public void applyFilter() {
        rows = null;
    }

    public void clearFilter() {
        area = null;
        language = null;
        interest = null;
        activityKind = null;
        frequency = null;
        day = null;
        rows = null;
    }

    public void showHistory(long personId) {
        history = register.history(personId, Messages.pageLanguage());
    }

    public void askPause(MatchingRegister.Row row) {
        pausingId = row.personId();
        pausingName = row.name();
        pauseReason = null;
    }

    public void pause() {
        try {
            register.pause(pausingId, pauseReason);
            Messages.info("matching.register.pausedInfo", pausingName);
            cancelPause();
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
        rows = null;
    }

    public void cancelPause() {
        pausingId = null;
        pausingName = null;
        pauseReason = null;
    }

    public void lift(MatchingRegister.Paused paused) {
        try {
            register.lift(paused.personId());
            Messages.info("matching.register.liftedInfo", paused.name());
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
        rows = null;
    }

    /** The filtered register as CSV, answered instead of the page. */
    public void exportCsv() throws IOException {
        byte[] csv = register.export(filter(), Messages.pageLanguage()).csv();
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"matching-pool.csv\"");
        external.setResponseContentLength(csv.length);
        external.getResponseOutputStream().write(csv);
        faces.responseComplete();
    }

    private MentorFilter filter() {
        return new MentorFilter(area, language, interest, activityKind, frequency, day);
    }

    public ActivityKind[] getAllKinds() {
        return ActivityKind.values();
    }

    public Frequency[] getAllFrequencies() {
        return Frequency.values();
    }

    public DayOfWeek[] getAllDays() {
        return DayOfWeek.values();
    }

    public MatchingRegister.History getHistory() {
        return history;
    }

    public Long getPausingId() {
        return pausingId;
    }

    public String getPausingName() {
        return pausingName;
    }

    public String getPauseReason() {
        return pauseReason;
    }

    public void setPauseReason(String pauseReason) {
        this.pauseReason = pauseReason;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getInterest() {
        return interest;
    }

    public void setInterest(String interest) {
        this.interest = interest;
    }

    public ActivityKind getActivityKind() {
        return activityKind;
    }

    public void setActivityKind(ActivityKind activityKind) {
        this.activityKind = activityKind;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public void setDay(DayOfWeek day) {
        this.day = day;
    }
}
