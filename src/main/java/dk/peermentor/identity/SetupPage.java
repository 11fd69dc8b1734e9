package dk.peermentor.identity;

import java.io.IOException;
import java.io.Serializable;
import java.util.EnumSet;

import dk.peermentor.identity.AccountService.LinkState;
import dk.peermentor.platform.Messages;
import dk.peermentor.platform.RuleViolation;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The first coordinator creates their account through the link printed to the log. */
@Named
@ViewScoped
public class SetupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private String token;
    private LinkState state;
    private final NewPersonForm person = new NewPersonForm();
    private final NewPasswordForm newPassword = new NewPasswordForm();

    public void load() {
        state = accounts.hasCoordinator() ? LinkState.USED : accounts.check(TokenPurpose.SETUP, token);
    }

    public void save() throws IOException {
        if (!newPassword.isConfirmed()) {
            Messages.error("password.differ");
            return;
        }
        try {
            accounts.completeSetup(token, person.withRoles(EnumSet.of(Role.COORDINATOR)), newPassword.getPassword());
        } catch (RuleViolation refused) {
            Messages.refused(refused);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/login?passwordSet=true");
    }

    public boolean isValid() {
        return state == LinkState.VALID;
    }

    public LinkState getState() {
        return state;
    }

    public NewPersonForm getPerson() {
        return person;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public NewPasswordForm getNewPassword() {
        return newPassword;
    }
}
