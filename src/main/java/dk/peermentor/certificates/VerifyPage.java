package dk.peermentor.certificates;

import java.util.Optional;

import dk.peermentor.platform.ClientAddress;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The public verify page ({@code /verify}, {@code /verify/<code>}): valid or revoked, name, course and
 * date, nothing else. An unknown and a malformed code get the same page after the same single lookup.
 */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    CertificationService certification;

    @Inject
    VerifyThrottle throttle;

    private String code;
    private boolean asked;
    private boolean limited;
    private Verification result;

    public void load() {
        if (code == null || code.isBlank()) {
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!throttle.allow(ClientAddress.of((HttpServletRequest) external.getRequest()))) {
            limited = true;
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", "60");
            return;
        }
        asked = true;
        Optional<Verification> found = certification.verify(code);
        result = found.orElse(null);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isAsked() {
        return asked;
    }

    public boolean isLimited() {
        return limited;
    }

    public Verification getResult() {
        return result;
    }
}
