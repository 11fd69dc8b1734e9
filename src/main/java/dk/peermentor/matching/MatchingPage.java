package dk.peermentor.matching;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;

import dk.peermentor.platform.Messages;
import dk.peermentor.platform.RuleViolation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The graduate's matching page, /trainee/matching: their standing in the pool, the consent, and the
 * profile form with its share choices. Lists are typed comma-separated.
 */
@Named
@ViewScoped
public class MatchingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MatchingService matching;

    private transient MatchingService.Standing standing;

    // The form, filled from the saved profile; seenVersion is the version it was filled from.
    private Integer seenVersion;
    private String languages;
    private String interests;
    private ActivityKind[] activityKinds = {};
    private Frequency frequency;
    private DayOfWeek[] days = {};
    private String area;
    private String ageBand;
    private String gender;
    private String about;
    private boolean shareFirstName;
    private boolean shareEmail;
    private boolean sharePhone;

    @PostConstruct
    void load() {
        MatchingProfile saved = getStanding().profile();
        if (saved != null) {
            MentorProfile told = saved.profile();
            seenVersion = saved.version();
            languages = String.join(", ", told.languages());
            interests = String.join(", ", told.interests());
            activityKinds = told.activityKinds().toArray(ActivityKind[]::new);
            frequency = told.frequency();
            days = told.days().toArray(DayOfWeek[]::new);
            area = told.area();
            ageBand = told.ageBand();
            gender = told.gender();
            about = told.about();
            shareFirstName = saved.sharing().firstName();
            shareEmail = saved.sharing().email();
            sharePhone = saved.sharing().phone();
        }
    }

    public MatchingService.Standing getStanding() {
        if (standing == null) {
            standing = matching.myStanding();
        }
        return standing;
    }

    public void consent() {
        act(() -> {
            matching.consent();
            Messages.info("matching.consented");
        });
    }

    public void withdraw() {
        act(() -> {
            matching.withdrawConsent();
            Messages.info("matching.withdrawnInfo");
        });
    }

    public void save() {
        MentorProfile told = new MentorProfile(items(languages), items(interests), List.of(activityKinds), frequency,
                List.of(days), area, ageBand, gender, about);
        act(() -> {
            matching.saveProfile(told, new Sharing(shareFirstName, shareEmail, sharePhone), seenVersion);
            Messages.info("matching.saved");
            standing = null;
            load();
        });
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (RuleViolation refused) {
            Messages.refused(refused);
            if (refused.messageKey().equals("rule.matching.changedMeanwhile")) {
                // Another tab saved first: the form shows what is saved now, to change again from there.
                standing = null;
                load();
            }
        }
        standing = null;
    }

    private static List<String> items(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,;\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
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

    public String getConsentVersion() {
        return MatchingConsent.CURRENT_VERSION;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getInterests() {
        return interests;
    }

    public void setInterests(String interests) {
        this.interests = interests;
    }

    public ActivityKind[] getActivityKinds() {
        return activityKinds;
    }

    public void setActivityKinds(ActivityKind[] activityKinds) {
        this.activityKinds = activityKinds == null ? new ActivityKind[0] : activityKinds;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public DayOfWeek[] getDays() {
        return days;
    }

    public void setDays(DayOfWeek[] days) {
        this.days = days == null ? new DayOfWeek[0] : days;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(String ageBand) {
        this.ageBand = ageBand;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getAbout() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }

    public boolean isShareFirstName() {
        return shareFirstName;
    }

    public void setShareFirstName(boolean shareFirstName) {
        this.shareFirstName = shareFirstName;
    }

    public boolean isShareEmail() {
        return shareEmail;
    }

    public void setShareEmail(boolean shareEmail) {
        this.shareEmail = shareEmail;
    }

    public boolean isSharePhone() {
        return sharePhone;
    }

    public void setSharePhone(boolean sharePhone) {
        this.sharePhone = sharePhone;
    }
}
