package dk.peermentor.platform;

import java.util.List;

/**
 * A domain rule refused a change. Carries a resource-bundle key and its arguments rather than a
 * finished sentence, so the edge (a page, the API) can say it in the user's language.
 */
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The key in {@code i18n/messages} that explains the refusal. */
    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
