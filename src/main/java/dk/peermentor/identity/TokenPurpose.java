package dk.peermentor.identity;

import java.time.Duration;

/** What a one-time link is for, and how long it stays valid. */
public enum TokenPurpose {
    /** The link printed to the log on the first start, to create the first coordinator. */
    SETUP(Duration.ofHours(72), "setup"),
    /** Sent to a new account so its owner chooses a password. */
    INVITATION(Duration.ofHours(72), "invitation"),
    /** Lets the owner of an account choose a new password. */
    PASSWORD_RESET(Duration.ofHours(1), "reset-password");

    private final Duration validity;
    private final String page;

    TokenPurpose(Duration validity, String page) {
        this.validity = validity;
        this.page = page;
    }

    public Duration validity() {
        return validity;
    }

    /** The page, relative to the application, where the link leads. */
    public String page() {
        return page;
    }
}
