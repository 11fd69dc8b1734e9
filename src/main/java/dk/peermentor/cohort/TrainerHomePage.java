package dk.peermentor.cohort;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
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

    /**
     * Right after login ({@code ?today}) on a day the trainer teaches, the roll call of that day is
     * where they want to be; otherwise this page, the list of their cohorts.
     */
    public String landOnToday() {
        String today = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("today");
        if (today == null) {
            return null;
        }
        return cohorts.todaysTeachingDayOfMine()
                .map(day -> "/trainer/roll-call?faces-redirect=true&day=" + day).orElse(null);
    }

    public List<CohortSummary> getCohorts() {
        return taught;
    }
}
