package dk.peermentor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import dk.peermentor.platform.Language;
import dk.peermentor.platform.RuleViolation;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static Account traineeAccount() {
        return new Account(new Person("Ida", "Holmgaard", "ida@demo.example", Language.DA), EnumSet.of(Role.TRAINEE), NOW);
    }

    @Test
    void aNewAccountCannotLogInUntilAPasswordIsSet() {
        Account account = traineeAccount();
        assertFalse(account.canLogIn());
        account.changePassword("PBKDF2WithHmacSHA256:210000:salt:hash");
        assertTrue(account.canLogIn());
    }

    @Test
    void anAccountHoldsAtLeastOneRoleAndMayHoldSeveral() {
        Account account = traineeAccount();
        assertThrows(RuleViolation.class, () -> account.changeRoles(EnumSet.noneOf(Role.class)));
        assertEquals(EnumSet.of(Role.TRAINEE), account.roles(), "a refused change leaves the roles alone");
        account.changeRoles(EnumSet.of(Role.TRAINER, Role.COORDINATOR));
        assertTrue(account.has(Role.TRAINER) && account.has(Role.COORDINATOR) && !account.has(Role.TRAINEE));
    }

    @Test
    void aDeactivatedAccountCannotLogInEvenWithAPassword() {
        Account account = traineeAccount();
        account.changePassword("hash");
        account.deactivate();
        assertFalse(account.canLogIn());
        account.reactivate();
        assertTrue(account.canLogIn());
    }

    @Test
    void erasureLeavesNoWayBackIn() {
        Account account = traineeAccount();
        account.changePassword("hash");
        account.person().erase(NOW);
        account.erase();
        assertFalse(account.canLogIn());
        assertTrue(account.roles().isEmpty());
        assertThrows(RuleViolation.class, account::reactivate);
        assertEquals("-", account.person().givenName());
        assertEquals(null, account.person().phone());
    }
}
