package dk.peermentor.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Checks an e-mail address and password against our own account table. The caller principal's name
 * is the account id (stable when the e-mail changes); the groups are the account's roles.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<Account> account = findByEmail(credential.getCaller());
        String hash = account.filter(Account::canLogIn).map(Account::passwordHash).orElse(null);
        if (!passwords.matches(credential.getPasswordAsString(), hash)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account valid = account.orElseThrow();
        return new CredentialValidationResult(valid.id().toString(), groupsOf(valid));
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        return Optional.ofNullable(validationResult.getCallerPrincipal())
                .map(principal -> groupsOf(principal.getName()))
                .orElse(Set.of());
    }

    /** The roles of the account named {@code accountId} now; none once it can no longer log in. */
    public Set<String> groupsOf(String accountId) {
        return Optional.ofNullable(em.find(Account.class, Long.valueOf(accountId)))
                .filter(Account::canLogIn)
                .map(AccountIdentityStore::groupsOf)
                .orElse(Set.of());
    }

    /** The roles a logged-in session has now; none once the account can no longer log in or the session was ended. */
    Set<String> groupsOf(SessionLogin login) {
        return Optional.ofNullable(em.find(Account.class, login.accountId()))
                .filter(account -> account.isCurrentSession(login.generation()))
                .map(AccountIdentityStore::groupsOf)
                .orElse(Set.of());
    }

    /** The generation of the account's sessions, for a session that logs in now. */
    int sessionGenerationOf(long accountId) {
        return em.find(Account.class, accountId).sessionGeneration();
    }

    private static Set<String> groupsOf(Account account) {
        return account.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Notes the time of a login. An update without the version check: the same person logging in on
     * a phone and a laptop at once made one login fail with a 500 (optimistic lock), and the time is
     * a fact to show, not an edit to protect. The later of two logins stays.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void recordLogin(Long accountId, Instant at) {
        em.createQuery("""
                update Account a set a.lastLoginAt = :at
                where a.id = :id and (a.lastLoginAt is null or a.lastLoginAt < :at)
                """).setParameter("at", at).setParameter("id", accountId).executeUpdate();
    }

    public Optional<Account> findByEmail(String email) {
        return em.createQuery("select a from Account a where a.person.email = :email", Account.class)
                .setParameter("email", LoginThrottle.normalise(email))
                .getResultStream().findFirst();
    }
}
