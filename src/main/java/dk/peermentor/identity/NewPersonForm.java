package dk.peermentor.identity;

import java.io.Serializable;
import java.util.Set;

import dk.peermentor.platform.Language;

/** The fields a new person starts from, as typed on the setup, users and enrolment forms. */
public class NewPersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String givenName;
    private String familyName;
    private String email;
    private String phone;
    private Language language = Language.defaultLanguage();

    public NewAccount withRoles(Set<Role> roles) {
        return new NewAccount(givenName, familyName, email, phone, language, roles);
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }
}
