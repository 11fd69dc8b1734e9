package dk.peermentor.cohort;

import java.util.List;

import dk.peermentor.curriculum.CourseDescription;
import dk.peermentor.curriculum.CurriculumRegistry;
import dk.peermentor.curriculum.Unit;
import dk.peermentor.platform.LanguageSelection;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home page: the course in a few lines, its six units, and each programme with its cohorts. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    CohortService cohorts;

    @Inject
    CurriculumRegistry curriculum;

    @Inject
    LanguageSelection language;

    private List<ProgrammeOverview> programmes;

    @PostConstruct
    void load() {
        programmes = cohorts.overview();
    }

    public List<ProgrammeOverview> getProgrammes() {
        return programmes;
    }

    public CourseDescription getCourse() {
        return curriculum.curriculum().description(language.getLanguage());
    }

    public List<Unit> getUnits() {
        return curriculum.curriculum().units();
    }

    public String unitTitle(Unit unit) {
        return unit.text(language.getLanguage()).title();
    }

    public String unitSummary(Unit unit) {
        return unit.text(language.getLanguage()).summary();
    }
}
