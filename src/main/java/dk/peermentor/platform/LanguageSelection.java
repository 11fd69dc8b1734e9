package dk.peermentor.platform;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The language of the pages for this visitor: what they chose with the switch in the header, or
 * else what their browser asks for, or else Danish.
 */
@Named
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private Language chosen;

    public Language getLanguage() {
        if (chosen != null) {
            return chosen;
        }
        String acceptLanguage = FacesContext.getCurrentInstance().getExternalContext().getRequestHeaderMap()
                .get("Accept-Language");
        return Language.preferredBy(acceptLanguage);
    }

    /** The language for a request outside Faces (the error pages): the choice, else the browser's. */
    public Language languageFor(String acceptLanguage) {
        return chosen != null ? chosen : Language.preferredBy(acceptLanguage);
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    /** The language the switch offers: the one not in use. */
    public Language getOther() {
        return getLanguage() == Language.DA ? Language.EN : Language.DA;
    }

    /** Switches language and reloads the same page by GET, so the address stays bookmarkable. */
    public String switchTo(String code) {
        chosen = Language.fromCode(code).orElse(Language.defaultLanguage());
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(chosen.locale());
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
