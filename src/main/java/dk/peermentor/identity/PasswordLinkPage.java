package dk.peermentor.identity;

import java.io.IOException;
import java.io.Serializable;

import dk.peermentor.identity.AccountService.LinkState;
import dk.peermentor.platform.Messages;
import dk.peermentor.platform.RuleViolation;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The invitation and password-reset pages: the link's owner chooses a password. A used, expired or
 * unknown link says so, without saying whose it was.
 */
@Named
@ViewScoped
public class PasswordLinkPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private String token;
    private LinkState state;
    private String loginName;
    private final NewPasswordForm newPassword = new NewPasswordForm();

    /** Called by the view's f:viewAction once the token parameter is read. */
    public void load() {
        state = accounts.check(purpose(), token);
        loginName = state == LinkState.VALID ? accounts.loginNameOf(token).orElse("") : null;
    }

    public void save() throws IOException {
        if (!newPassword.isConfirmed()) {
            Messages.error("password.differ");
            return;
        }
        try {
            accounts.setPasswordWithLink(purpose(), token, newPassword.getPassword());
        } catch (RuleViolation refused) {
            Messages.refused(refused);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/login?passwordSet=true");
    }

    public TokenPurpose purpose() {
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return view.startsWith("/invitation") ? TokenPurpose.INVITATION : TokenPurpose.PASSWORD_RESET;
    }

    public boolean isValid() {
        return state == LinkState.VALID;
    }

    public LinkState getState() {
        return state;
    }

    public String getLoginName() {
        return loginName;
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
