package dk.peermentor.cohort;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import dk.peermentor.platform.Messages;
import dk.peermentor.platform.RuleViolation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The coordinator's cohorts: the list, and a new cohort with its proposed schedule. */
@Named
@ViewScoped
public class CohortsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortService cohorts;

    @Inject
    CohortPlanningService planning;

    /** Only read while the page is built; a session copied to another node needs no clock. */
    @Inject
    transient Clock clock;

    private List<ProgrammeOverview> programmes;
    private Long programmeId;
    private String name;
    private String place;
    private int capacity = Cohort.DEFAULT_CAPACITY;
    private String firstMonth;
    private int week = 2;
    private DayOfWeek dayOfWeek = DayOfWeek.TUESDAY;
    private LocalTime startsAt = LocalTime.of(9, 30);
    private LocalTime endsAt = LocalTime.of(15, 0);
    private SchedulePreview preview;
    private int minAge;
    private int maxAge;
    private MaterialsRelease release;
    private int releaseDays;
    private int daysRequired;
    private boolean makeUpsRequired;

    @PostConstruct
    void load() {
        firstMonth = YearMonth.now(clock).plusMonths(2).toString();
        programmes = cohorts.overview();
        if (programmeId == null && !programmes.isEmpty()) {
            programmeId = programmes.get(0).id();
        }
        if (programmeId != null) {
            Programme programme = planning.programme(programmeId);
            minAge = programme.mentorMinAge();
            maxAge = programme.mentorMaxAge();
            release = programme.materialsRelease();
            releaseDays = programme.releaseDaysBefore();
            daysRequired = programme.daysRequired();
            makeUpsRequired = programme.makeUpsRequired();
        }
    }

    /** Shows the six dates the rule gives, and any holiday or double month, before anything is saved. */
    public void propose() {
        try {
            preview = planning.propose(month(), rule());
        } catch (RuleViolation refused) {
            preview = null;
            Messages.refused(refused);
        }
    }

    public void create() throws IOException {
        try {
            long id = planning.create(new NewCohort(programmeId, name, place, capacity, month(), rule()));
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            Messages.info("cohorts.created", name);
            external.redirect(external.getRequestContextPath() + "/coordinator/cohort?id=" + id);
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public void saveAgeRange() {
        try {
            planning.changeAgeRange(programmeId, minAge, maxAge);
            Messages.info("cohorts.ageRangeSaved", minAge, maxAge);
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public void saveRelease() {
        try {
            planning.changeMaterialsRelease(programmeId, release, releaseDays);
            Messages.info("cohorts.releaseSaved");
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public void saveCertificationRule() {
        try {
            planning.changeCertificationRule(programmeId, daysRequired, makeUpsRequired);
            Messages.info("certificate.rule.saved");
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
    }

    /** The saved rule in plain words. */
    public String getCertificationRule() {
        if (programmeId == null) {
            return "";
        }
        Programme programme = planning.programme(programmeId);
        return Messages.text(Messages.pageLanguage(), programme.makeUpsRequired() ? "certificate.rule.withMakeUps"
                : "certificate.rule.withoutMakeUps", programme.daysRequired());
    }

    public int getDaysRequired() {
        return daysRequired;
    }

    public void setDaysRequired(int daysRequired) {
        this.daysRequired = daysRequired;
    }

    public boolean isMakeUpsRequired() {
        return makeUpsRequired;
    }

    public void setMakeUpsRequired(boolean makeUpsRequired) {
        this.makeUpsRequired = makeUpsRequired;
    }

    public MaterialsRelease[] getReleases() {
        return MaterialsRelease.values();
    }

    public MaterialsRelease getRelease() {
        return release;
    }

    public void setRelease(MaterialsRelease release) {
        this.release = release;
    }

    public int getReleaseDays() {
        return releaseDays;
    }

    public void setReleaseDays(int releaseDays) {
        this.releaseDays = releaseDays;
    }

    public int getMinAge() {
        return minAge;
    }

    public void setMinAge(int minAge) {
        this.minAge = minAge;
    }

    public int getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(int maxAge) {
        this.maxAge = maxAge;
    }

    private ScheduleRule rule() {
        return new ScheduleRule(week, dayOfWeek, startsAt, endsAt);
    }

    private YearMonth month() {
        try {
            return YearMonth.parse(firstMonth);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new RuleViolation("rule.cohort.firstMonth", String.valueOf(firstMonth));
        }
    }

    public List<ProgrammeOverview> getProgrammes() {
        return programmes;
    }

    public DayOfWeek[] getDaysOfWeek() {
        return DayOfWeek.values();
    }

    public List<Integer> getWeeks() {
        return ScheduleRule.WEEKS;
    }

    public SchedulePreview getPreview() {
        return preview;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public String getFirstMonth() {
        return firstMonth;
    }

    public void setFirstMonth(String firstMonth) {
        this.firstMonth = firstMonth;
    }

    public int getWeek() {
        return week;
    }

    public void setWeek(int week) {
        this.week = week;
    }

    public DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    public void setDayOfWeek(DayOfWeek dayOfWeek) {
        this.dayOfWeek = dayOfWeek;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalTime endsAt) {
        this.endsAt = endsAt;
    }
}
