package dk.peermentor.identity;

import java.util.Set;

import dk.peermentor.platform.Language;

/** What a coordinator types to create an account. The entities check the fields. */
public record NewAccount(String givenName, String familyName, String email, String phone, Language language,
        Set<Role> roles) {
}
