package dk.peermentor.identity;

import java.io.IOException;

import dk.peermentor.identity.FormLoginMechanism.LoginOutcome;
import dk.peermentor.platform.Messages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The login page: hands the typed credentials to Jakarta Security and says how it went. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    CurrentUser currentUser;

    @NotBlank
    @Size(max = 254)
    private String email;

    @NotBlank
    @Size(max = 128)
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            currentUser.refresh();
            external.redirect(external.getRequestContextPath() + returnPath(request));
        } else if (request.getAttribute(FormLoginMechanism.OUTCOME) == LoginOutcome.LOCKED) {
            Messages.error("login.locked");
        } else {
            Messages.error("login.failed");
        }
    }

    /** The page asked for before the login, if it is one of ours; else the user's start page. */
    private String returnPath(HttpServletRequest request) {
        Object saved = request.getSession().getAttribute(FormLoginMechanism.RETURN_TO);
        request.getSession().removeAttribute(FormLoginMechanism.RETURN_TO);
        if (saved instanceof String path && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")) {
            return path;
        }
        return currentUser.startPage();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
