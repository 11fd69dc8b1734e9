package dk.peermentor.platform;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** The user-facing texts of {@code i18n/messages_*.properties}, for code that is not a page. */
public final class Messages {

    private static final String BUNDLE = "i18n.messages";

    private Messages() {
    }

    public static String text(Language language, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** A refused change, in the language of the current page. Arguments that are keys are translated too. */
    public static String explain(RuleViolation violation, Language language) {
        Object[] arguments = violation.arguments().stream()
                .map(argument -> argument instanceof String key && key.matches("[a-z][a-zA-Z]*\\.[a-zA-Z.]+")
                        ? text(language, "field." + key) : argument)
                .toArray();
        return text(language, violation.messageKey(), arguments);
    }

    /** Shows a message on the current page, attached to {@code clientId} or to the page when null. */
    public static void show(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    /** The language of the page being rendered. */
    public static Language pageLanguage() {
        return Language.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public static void refused(RuleViolation violation) {
        show(null, FacesMessage.SEVERITY_ERROR, explain(violation, pageLanguage()));
    }

    public static void info(String key, Object... arguments) {
        show(null, FacesMessage.SEVERITY_INFO, text(pageLanguage(), key, arguments));
    }

    public static void error(String key, Object... arguments) {
        show(null, FacesMessage.SEVERITY_ERROR, text(pageLanguage(), key, arguments));
    }
}
