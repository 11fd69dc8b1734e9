package dk.peermentor.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** One line of the coordinators' account list. */
public record AccountRow(long id, String name, String email, Set<Role> roles, boolean active, boolean passwordSet,
        Instant lastLoginAt, Instant lockedUntil, int version) implements Serializable {

    static AccountRow of(Account account, Instant lockedUntil) {
        Person person = account.person();
        return new AccountRow(account.id(), person.fullName(), person.email(), account.roles(), account.isActive(),
                account.hasPassword(), account.lastLoginAt(), lockedUntil, account.version());
    }

    public boolean isLocked() {
        return lockedUntil != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
