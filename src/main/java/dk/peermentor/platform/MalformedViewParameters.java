package dk.peermentor.platform;


import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address whose parameter cannot be read ({@code /coordinator/certificates?cohort=abc}) names no
 * record, so it is answered 404 like an unknown id. Without this, Faces skips the page's view action
 * but still renders the page, half-loaded.
 */
public class MalformedViewParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback() || !context.isValidationFailed() || context.getViewRoot() == null) {
            return;
        }
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(context.getViewRoot())) {
            if (!parameter.isValid()) {
                FacesStatus.endWith(context, HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the check is made after the phase
    }
}
