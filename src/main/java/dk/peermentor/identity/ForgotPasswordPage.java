package dk.peermentor.identity;

import dk.peermentor.platform.Messages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
@Named
@RequestScoped
public class ForgotPasswordPage {

    @Inject
    AccountService accounts;

    private String email;

    public void send() {
        accounts.requestPasswordReset(email);
        Messages.info("forgot.sent");
        email = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
