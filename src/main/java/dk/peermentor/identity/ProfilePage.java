package dk.peermentor.identity;

import java.io.Serializable;

import dk.peermentor.platform.Language;
import dk.peermentor.platform.Messages;
import dk.peermentor.platform.RuleViolation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A person's own page: their contact data, language, password, and the download of their data. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    private String name;
    private String email;
    private String phone;
    private Language language;
    private String currentPassword;
    private final NewPasswordForm newPassword = new NewPasswordForm();

    @PostConstruct
    void load() {
        Person me = currentUser.requirePerson();
        name = me.fullName();
        email = me.email();
        phone = me.phone();
        language = me.preferredLanguage();
    }

    public void saveLanguage() {
        accounts.changeOwnLanguage(language);
        Messages.info("profile.languageSaved");
    }

    public void changePassword() {
        if (!newPassword.isConfirmed()) {
            Messages.error("password.differ");
            return;
        }
        try {
            accounts.changeOwnPassword(currentPassword, newPassword.getPassword());
            Messages.info("profile.passwordChanged");
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public void endOtherSessions() {
        accounts.endOtherSessions();
        Messages.info("profile.otherSessionsEnded");
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public NewPasswordForm getNewPassword() {
        return newPassword;
    }
}
