package dk.peermentor.cohort;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The trainer's start page: the cohorts they teach. */
@Named
@RequestScoped
public class TrainerHomePage {

    @Inject
    CohortService cohorts;

    private List<CohortSummary> taught;

    @PostConstruct
    void load() {
        taught = cohorts.cohortsITeach();
    }

    public List<CohortSummary> getCohorts() {
        return taught;
    }
}
