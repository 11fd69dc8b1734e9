package dk.peermentor.identity;

import dk.peermentor.audit.AuditAction;
import dk.peermentor.audit.AuditLog;
import dk.peermentor.platform.ClientAddress;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Logging out ends the session on the server, not only in the browser. */
@Named
@RequestScoped
public class Logout {

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    public String logout() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        currentUser.account().ifPresent(account -> audit.recordAnonymous(AuditAction.LOGOUT, account.id(),
                ClientAddress.of(request), AccountService.RECORD, account.id(), null));
        request.logout();
        external.invalidateSession();
        return "/login?faces-redirect=true&loggedOut=true";
    }
}
