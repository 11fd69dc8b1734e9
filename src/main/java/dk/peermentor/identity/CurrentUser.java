package dk.peermentor.identity;

import java.security.Principal;
import java.util.Optional;

import dk.peermentor.platform.AccessDenied;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

/**
 * Who is asking, for the length of one request: the logged-in account (its id is the caller
 * principal's name) or nobody. The services ask this before they answer.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @PersistenceContext
    EntityManager em;

    private Optional<Account> account;

    public Optional<Account> account() {
        if (account == null) {
            Principal caller = security.getCallerPrincipal();
            account = caller == null ? Optional.empty() : idOf(caller).map(id -> em.find(Account.class, id))
                    .filter(Account::isActive);
        }
        return account;
    }

    /** Forgets what it knew: the login page calls this once the caller has changed mid-request. */
    public void refresh() {
        account = null;
    }

    private static Optional<Long> idOf(Principal caller) {
        try {
            return Optional.of(Long.valueOf(caller.getName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean isLoggedIn() {
        return account().isPresent();
    }

    public boolean has(Role role) {
        return account().map(a -> a.has(role)).orElse(false);
    }

    /** The account of the caller, or {@link AccessDenied} for anonymous callers. */
    public Account requireAccount() {
        return account().orElseThrow(() -> new AccessDenied("login required"));
    }

    /** The account of the caller if it holds {@code role}. */
    public Account require(Role role) {
        Account current = requireAccount();
        if (!current.has(role)) {
            throw new AccessDenied("role " + role + " required");
        }
        return current;
    }

    public Person requirePerson() {
        return requireAccount().person();
    }

    // For the pages: the header shows the areas the user may enter.
    public boolean isCoordinator() {
        return has(Role.COORDINATOR);
    }

    public boolean isTrainer() {
        return has(Role.TRAINER);
    }

    public boolean isTrainee() {
        return has(Role.TRAINEE);
    }

    public String getName() {
        return account().map(a -> a.person().fullName()).orElse("");
    }

    /** Where a user lands after login: the first area they may enter, coordinator first. */
    public String startPage() {
        if (isCoordinator()) {
            return "/coordinator/";
        } else if (isTrainer()) {
            // On a teaching day the trainer's start page forwards to that day's roll call.
            return "/trainer/?today";
        } else if (isTrainee()) {
            return "/trainee/";
        }
        return "/profile";
    }
}
