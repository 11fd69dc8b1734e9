package dk.peermentor.platform;

import java.util.Map;
import java.util.Objects;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The second check of every form post, after the view state: the nonce PrimeFaces gave the page
 * ({@code primefaces.CSP}) must come back with the form, or the post is refused with 400 before any
 * value is applied. PrimeFaces compares it too, but only when it renders the answer, after the
 * action has run and saved.
 */
public class FormNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** Where PrimeFaces keeps the page's nonce in the view, and the name its script posts it under. */
    static final String NONCE = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.APPLY_REQUEST_VALUES;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() || context.getViewRoot() == null) {
            return;
        }
        Map<String, Object> view = context.getViewRoot().getViewMap(false);
        Object issued = view == null ? null : view.get(NONCE);
        String returned = context.getExternalContext().getRequestParameterMap().get(NONCE);
        if (issued != null && !Objects.equals(issued, returned)) {
            FacesStatus.endWith(context, HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // the check is made before the phase
    }
}
