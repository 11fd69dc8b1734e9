package dk.peermentor.handouts;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The printable handout, /trainee/handouts, and the link to it on the trainee's start page: shown to
 * graduates (and to trainers and coordinators); a trainee who has not graduated is told it comes
 * after certification.
 */
@Named
@RequestScoped
public class HandoutsPage {

    @Inject
    HandoutService handouts;

    private Boolean mayView;
    private Boolean graduate;
    private List<PracticeActivity> activities;

    public boolean isMayView() {
        if (mayView == null) {
            mayView = handouts.mayView();
        }
        return mayView;
    }

    /** For the start page's link: only graduates are offered the handout there. */
    public boolean isGraduate() {
        if (graduate == null) {
            graduate = handouts.isGraduate();
        }
        return graduate;
    }

    public List<PracticeActivity> getActivities() {
        if (activities == null) {
            activities = isMayView() ? handouts.forGraduates() : List.of();
        }
        return activities;
    }
}
